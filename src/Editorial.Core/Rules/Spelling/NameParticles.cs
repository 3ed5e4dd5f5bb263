using System;
using System.Collections.Generic;
using Editorial.Profiles;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The lower-case particles of personal names ("de", "van", "von", "bin", "al-"), from the profile's
/// <c>name-particles</c> list: written in lower case inside a name ("Ursula von der Leyen") they are no lower-cased proper
/// noun (ED1004), and "Al-Assad" at a sentence start is the same name as "al-Assad".
/// </summary>
internal sealed class NameParticles
{
    public const string ListName = "name-particles";

    private readonly HashSet<string> _particles;

    private NameParticles(IEnumerable<string> particles) => _particles = new HashSet<string>(particles, StringComparer.OrdinalIgnoreCase);

    public static NameParticles Of(OutletProfile profile) => profile.GetDerived(p => new NameParticles(p.GetList(ListName)));

    /// <summary>True for a particle in any case ("von", "Van").</summary>
    public bool Contains(string word) => _particles.Contains(word);

    /// <summary>True for a name that opens with a hyphenated particle ("al-Shahristani", "El-Sisi").</summary>
    public bool OpensWith(string name)
    {
        var hyphen = name.IndexOf('-');
        return hyphen > 0 && hyphen < name.Length - 1 && _particles.Contains(name.Substring(0, hyphen));
    }

    /// <summary>The name with a leading hyphenated particle in lower case: "Al-Assad" → "al-Assad".</summary>
    public string Lowered(string name)
    {
        if (!OpensWith(name)) return name;
        var hyphen = name.IndexOf('-');
        return name.Substring(0, hyphen).ToLowerInvariant() + name.Substring(hyphen);
    }
}
