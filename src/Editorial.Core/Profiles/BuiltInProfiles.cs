using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Editorial.Profiles;

/// <summary>The outlet profiles of rules/, embedded in the engine at build time.</summary>
public static class BuiltInProfiles
{
    private const string Prefix = "Editorial.Profiles.";

    public const string DefaultName = "default";

    public static IReadOnlyList<ProfileSource> Sources { get; } = Load();

    private static IReadOnlyList<ProfileSource> Load()
    {
        var assembly = typeof(BuiltInProfiles).GetTypeInfo().Assembly;
        var sources = new List<ProfileSource>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, System.StringComparison.Ordinal) || !name.EndsWith(".yml", System.StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(new ProfileSource("rules/" + name.Substring(Prefix.Length), reader.ReadToEnd(), IsBuiltIn: true));
        }
        sources.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return sources;
    }
}
