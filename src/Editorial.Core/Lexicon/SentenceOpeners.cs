using System;
using System.Collections.Generic;

namespace Editorial.Lexicon;

/// <summary>Words that open sentences: their capital is the sentence's, not a name's.</summary>
internal static class SentenceOpeners
{
    /// <summary>
    /// Capitalised words that open a sentence rather than belong to a name: articles, pronouns, conjunctions and
    /// prepositions, and the adverbs copy opens sentences with. The spelling rules that read a capitalised word next to a
    /// name ask it (no given name before a surname in "The Zelensky government", no part of a name in "The UK shops"), and so
    /// does attribution, which takes a capital for a named speaker ("And the costs reported so far" names no one).
    /// </summary>
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our",
        "My", "I", "You", "Your", "There", "And", "But", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "In",
        "On", "At", "For", "With", "By", "From", "To", "Of", "Since", "Meanwhile", "However", "Still", "Now", "Then", "Later",
        "Also", "Only", "Even", "Both",
    };
}
