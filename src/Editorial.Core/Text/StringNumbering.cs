using System;
using System.Collections.Generic;
using System.IO;

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

    /// <summary>The number a compact stored form writes for <paramref name="value"/>: 0 for none, else its number plus one
    /// (<see cref="NumberedStrings"/> reads it back).</summary>
    public int NumberOrNone(string? value) => value is null ? 0 : NumberOf(value) + 1;

    /// <summary>Writes the strings numbered so far, their count first, in compact numbers: the table <see cref="NumberedStrings.Read"/> reads.</summary>
    internal void WriteTable(BinaryWriter writer)
    {
        writer.WriteCompact(_strings.Count);
        foreach (var value in _strings) writer.Write(value);
    }
}

/// <summary>The strings of a table <see cref="StringNumbering.WriteTable"/> wrote, named by <see cref="StringNumbering.NumberOrNone"/>'s numbers.</summary>
internal sealed class NumberedStrings
{
    private readonly string[] _strings;

    private NumberedStrings(string[] strings) => _strings = strings;

    public static NumberedStrings Read(BinaryReader reader)
    {
        var strings = new string[reader.ReadCompact()];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
        return new NumberedStrings(strings);
    }

    /// <summary>The string of <paramref name="number"/>; null for 0, none.</summary>
    public string? Given(int number) => number == 0 ? null : _strings[number - 1];

    /// <summary>The string of <paramref name="number"/>, which a stored form always writes.</summary>
    public string this[int number] => Given(number) ?? throw new FormatException("A stored string is missing");
}
