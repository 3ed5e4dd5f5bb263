using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Editorial.Documents;

/// <summary>
/// Checks a YAML tree against the shape of the document type it is read into: one value where a string is read, a list
/// where a list is, keys where a dictionary or a document is. A profile written in the wrong shape ("variants: Kiev",
/// "extends: [ap, bbc]") is told where and what, instead of the deserializer's cast message ("Unable to cast object of type
/// 'System.String' …") at the first place it failed.
/// </summary>
internal static class DocumentShapes
{
    /// <summary>Adds a problem for each value of <paramref name="document"/> (a document of type <paramref name="type"/>) whose
    /// shape its type cannot hold, and for each unknown key of a document inside it that <paramref name="nestedDocuments"/>
    /// names ("unknown key 'prefered' in a spelling entry; its keys are …"). The document's own unknown keys are left to the
    /// caller, which says more of them.</summary>
    public static void Check(YamlMappingNode document, Type type, List<(Mark Start, string Message)> problems,
        IReadOnlyDictionary<Type, string> nestedDocuments)
    {
        var properties = PropertiesByType.GetOrAdd(type, t => YamlDocuments.PropertiesOf(t).ToDictionary(p => p.Key, p => p.Type, StringComparer.Ordinal));
        foreach (var entry in document.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key }) continue;
            if (properties.TryGetValue(key, out var valueType)) Check(entry.Value, valueType, $"'{key}'", problems, nestedDocuments);
            else if (nestedDocuments.TryGetValue(type, out var what))
            {
                problems.Add((entry.Key.Start, $"unknown key '{key}' in {what}; its keys are {string.Join(", ", YamlDocuments.KeysOf(type))}"));
            }
        }
    }

    /// <summary>Each document type's keys and value types, read once: a profile's every spelling entry is checked against them.</summary>
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Type>> PropertiesByType = new();

    private static void Check(YamlNode node, Type type, string what, List<(Mark Start, string Message)> problems,
        IReadOnlyDictionary<Type, string> nestedDocuments)
    {
        // "variants:" with nothing after it reads as no value at all, whatever the type.
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" }) return;
        if (ListItemType(type) is { } item)
        {
            if (node is not YamlSequenceNode list)
            {
                problems.Add((node.Start, $"{what} holds {YamlLoading.ShapeOf(node)}, not a list"));
                return;
            }
            foreach (var child in list.Children) Check(child, item, $"an item of {what}", problems, nestedDocuments);
        }
        else if (DictionaryValueType(type) is { } value)
        {
            if (node is not YamlMappingNode map)
            {
                problems.Add((node.Start, $"{what} holds {YamlLoading.ShapeOf(node)}, not keys and values"));
                return;
            }
            foreach (var entry in map.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } key }) Check(entry.Value, value, $"'{key}'", problems, nestedDocuments);
            }
        }
        else if (type.IsClass && type != typeof(string))
        {
            if (node is YamlMappingNode document) Check(document, type, problems, nestedDocuments);
            else problems.Add((node.Start, $"{what} holds {YamlLoading.ShapeOf(node)}, not keys and values"));
        }
        else if (node is not YamlScalarNode)
        {
            problems.Add((node.Start, $"{what} holds {YamlLoading.ShapeOf(node)}, not one value"));
        }
    }

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;
}
