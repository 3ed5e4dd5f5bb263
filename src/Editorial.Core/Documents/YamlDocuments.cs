using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using YamlDotNet.Serialization;

namespace Editorial.Documents;

/// <summary>
/// The one deserializer of the engine's YAML documents, the outlet profiles and the figure vocabulary, keys hyphenated
/// (<c>match-case</c>). Their type information is written at compile time by YamlDotNet's static generator instead of read
/// by reflection when the first document is read: that took a quarter of a one-article check's start-up, and a native
/// executable keeps no reflection metadata for it.
/// </summary>
internal static class YamlDocuments
{
    private static readonly YamlDocumentsContext Context = new();

    public static IDeserializer Deserializer { get; } = new StaticDeserializerBuilder(Context)
        .WithNamingConvention(HyphenatedKeys.Instance)
        .Build();

    /// <summary>The keys of a document of type <paramref name="type"/> as YAML writes them (<c>match-case</c>), from the same
    /// generated type information: the native executable keeps no property metadata to read them by reflection.</summary>
    public static IReadOnlyList<string> KeysOf(Type type) => PropertiesOf(type).Select(p => p.Key).ToList();

    /// <summary>Each key of a document of type <paramref name="type"/> and the type its value is read into.</summary>
    public static IReadOnlyList<(string Key, Type Type)> PropertiesOf(Type type) =>
        Context.GetTypeInspector().GetProperties(type, container: null).Select(p => (HyphenatedKeys.Instance.Apply(p.Name), p.Type)).ToList();
}

/// <summary>What the generator writes for <see cref="YamlDocuments"/>: one context for the assembly, which it makes public.</summary>
[YamlStaticContext]
[YamlSerializable(typeof(ProfileDocument))]
[YamlSerializable(typeof(SpellingDocument))]
[YamlSerializable(typeof(ExampleDocument))]
[YamlSerializable(typeof(FigureWordsDocument))]
[YamlSerializable(typeof(WordClass))]
[YamlSerializable(typeof(MagnitudeDocument))]
[YamlSerializable(typeof(UnitDocument))]
[EditorBrowsable(EditorBrowsableState.Never)]
public partial class YamlDocumentsContext : StaticContext
{
}
