namespace Editorial.Text;

/// <summary>Whether a word is a run of digits.</summary>
internal static class Digits
{
    /// <summary>True when <paramref name="text"/> from <paramref name="start"/> on is one or more digits (of any script, as
    /// <see cref="char.IsDigit(char)"/> has them): "2024", the "52" of "B52".</summary>
    public static bool Only(string text, int start = 0)
    {
        if (start >= text.Length) return false;
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i])) return false;
        }
        return true;
    }
}
