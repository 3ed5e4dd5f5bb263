using System;

namespace Editorial.Text;

/// <summary>
/// Where a configuration text sets a key, to point a diagnostic at it: YAML front matter and profiles (<c>key: value</c>,
/// also as a list item, <c>- key: value</c>) and <c>.editorconfig</c> (<c>key = value</c>). The files are parsed by their
/// libraries; this only finds the line again, since their parsers keep no position for a key's value.
/// </summary>
public static class KeyedLines
{
    /// <summary>The offset at which the line starting at <paramref name="lineStart"/> names <paramref name="key"/> (after
    /// indentation, and a list item's dash when <paramref name="listItems"/>), followed by spaces and one of
    /// <paramref name="separators"/>; -1 when it does not.</summary>
    public static int KeyAt(string text, int lineStart, string key, string separators, bool listItems, StringComparison comparison)
    {
        var content = lineStart;
        while (content < text.Length && (text[content] is ' ' or '\t' || (listItems && text[content] == '-'))) content++;
        if (content + key.Length > text.Length || string.Compare(text, content, key, 0, key.Length, comparison) != 0) return -1;
        var after = content + key.Length;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return after < text.Length && separators.IndexOf(text[after]) >= 0 ? content : -1;
    }

    /// <summary>The span of the first line's <paramref name="key"/> in a YAML text (<c>key:</c>, also <c>- key:</c>), or null.</summary>
    public static TextSpan? FindYamlKey(string text, string key, StringComparison comparison = StringComparison.Ordinal)
    {
        var lines = new LineMap(text);
        for (var line = 0; line < lines.LineCount; line++)
        {
            var at = KeyAt(text, lines.GetLineStart(line), key, ":", listItems: true, comparison);
            if (at >= 0) return new TextSpan(at, key.Length);
        }
        return null;
    }
}
