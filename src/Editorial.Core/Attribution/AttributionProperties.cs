using System.Text;

namespace Editorial.Attribution;

/// <summary>The names of the properties the ED3xxx rules set on their findings (<see cref="Diagnostics.Diagnostic.Properties"/>).</summary>
public static class AttributionProperties
{
    /// <summary>How the quotation or figure is attributed: <c>none</c>, <c>same-sentence</c>, <c>colon</c>, … (<see cref="NameOf{T}(T)"/>).</summary>
    public const string Attribution = "attribution";
    /// <summary>Who speaks or gives the figure, as written.</summary>
    public const string Speaker = "speaker";
    /// <summary>The number of words of a quotation.</summary>
    public const string Words = "words";
    /// <summary>A contested figure as written ("35"), and the event word it counts ("killed").</summary>
    public const string Figure = "figure";
    public const string Event = "event";
    /// <summary>What is wrong with a quotation mark: <c>not-closed</c> or <c>not-opened</c>.</summary>
    public const string Problem = "problem";

    /// <summary>An enum member's name in kebab case, as reports write it: SameSentence gives <c>same-sentence</c>.</summary>
    public static string NameOf<T>(T value) where T : struct
    {
        var name = value.ToString()!;
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) kebab.Append('-');
            kebab.Append(char.ToLowerInvariant(name[i]));
        }
        return kebab.ToString();
    }
}
