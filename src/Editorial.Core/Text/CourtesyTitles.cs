using System;
using System.Collections.Generic;

namespace Editorial.Text;

/// <summary>
/// The courtesy titles written before a person's name ("Mr Lopez", "Dr Khor", Singapore's "Mdm Tan"): the capitalised words
/// after one are a person's name, so a sentence that opens with one has a person for its subject, and a label that opens
/// with one names a speaker.
/// </summary>
internal static class CourtesyTitles
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mdm", "Dr", "Prof" };

    public static bool Contains(string word) => Titles.Contains(word);
}
