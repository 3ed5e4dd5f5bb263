using System;
using System.Collections.Generic;

namespace Editorial.Lexicon;

/// <summary>Words that say the word after them is a verb.</summary>
internal static class VerbForms
{
    /// <summary>The modal verbs: "the bridge will cost", "you can stay at home".</summary>
    public static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "could", "may", "might", "can", "should", "must" };

    /// <summary>True for a word after which the next is a verb's plain form: a modal, "to", or a negated auxiliary or modal
    /// ("can't", "don’t", "cannot").</summary>
    public static bool PrecedesPlainVerb(string word) =>
        Modals.Contains(word) || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("cannot", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
}
