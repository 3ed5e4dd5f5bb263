using System;
using System.Collections.Generic;

namespace Editorial.Text;

/// <summary>Numbers each distinct string by its first use, from 0, so that a stored form (a summary, the build's findings)
/// writes each string once and names it by number wherever it recurs.</summary>
public sealed class StringNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The strings numbered so far, in the order of their numbers.</summary>
    public IReadOnlyList<string> Strings => _strings;

    public int NumberOf(string value)
    {
        if (!_numbers.TryGetValue(value, out var number))
        {
            _numbers[value] = number = _strings.Count;
            _strings.Add(value);
        }
        return number;
    }
}
