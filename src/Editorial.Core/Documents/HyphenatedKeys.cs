using System.Text;
using YamlDotNet.Serialization;

namespace Editorial.Documents;

/// <summary>
/// The documents' keys, hyphenated (<c>RemoveFromLists</c> as <c>remove-from-lists</c>) and lowered without a culture.
/// YamlDotNet's hyphenated convention lowers with the current culture: under a Turkish one an <c>I</c> would become a dotless
/// <c>ı</c>, and asking the culture how it lowers built an ICU collator, a tenth of a one-article check's start-up (native).
/// </summary>
internal sealed class HyphenatedKeys : INamingConvention
{
    public static HyphenatedKeys Instance { get; } = new();

    private HyphenatedKeys()
    {
    }

    public string Apply(string value)
    {
        var key = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (char.IsUpper(c) && key.Length > 0) key.Append('-');
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    public string Reverse(string value)
    {
        var name = new StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }
            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return name.ToString();
    }
}
