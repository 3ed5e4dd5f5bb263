using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// What reading the figures of one sentence asked of the rest of its article (<see cref="ArticleReading"/>), with the answers:
/// whether the article writes a word in lower case, names it in its body, comes back to a place throughout, names a person
/// alone or after one given name, introduces several people of a noun, its date, the sentence before and how it stands to
/// this one. What a count depends on beyond its clause is asked so, so that what was read of a sentence holds for a
/// sentence of the same <see cref="SentenceKey"/> wherever the article answers every question as before
/// (<see cref="FigureLexicon.CountedSentences"/>): an IDE's next keystroke, a sentence another article of the story shares.
/// </summary>
internal sealed class ArticleQuestions
{
    internal enum Question
    {
        /// <summary><see cref="ArticleReading.WritesInLowerCase"/> of the word.</summary>
        WrittenInLowerCase,
        /// <summary><see cref="ArticleReading.IsBodyName"/> of the word.</summary>
        BodyName,
        /// <summary><see cref="ArticleReading.IsGeneralName"/> of the stem.</summary>
        GeneralName,
        /// <summary><see cref="ArticleReading.IsNamedAlone"/> of the word.</summary>
        NamedAlone,
        /// <summary><see cref="ArticleReading.OnlyGivenName"/> of the surname.</summary>
        OnlyGivenName,
        /// <summary><see cref="ArticleReading.IntroducesSeveral"/> of the noun.</summary>
        IntroducesSeveral,
        /// <summary><see cref="ArticleReading.IntroducesSeveralByParts"/> of the part and the noun.</summary>
        IntroducesSeveralByParts,
        /// <summary><see cref="ArticleReading.PersonNounBefore"/>: the one person noun written before the sentence.</summary>
        PersonNounBefore,
        /// <summary><see cref="ArticleReading.TextHas"/> of the characters.</summary>
        TextHas,
        /// <summary><see cref="ArticleReading.DateDay"/>: the article's date.</summary>
        Date,
        /// <summary><see cref="ArticleReading.IsCommaAt"/> of a token outside the sentence, counted from its first token.</summary>
        CommaAt,
        /// <summary><see cref="ArticleReading.SentenceBefore"/>: how the sentence before stands to this one, and its key.</summary>
        SentenceBefore,
    }

    /// <summary>An answer: a number (1 for yes, 0 for no), and a string or a sentence's key where the question has one.</summary>
    internal readonly record struct Answer(int Number, object? Value = null)
    {
        public static readonly Answer Yes = new(1);
        public static readonly Answer No = new(0);

        public static Answer Of(bool yes) => yes ? Yes : No;

        // A string answer is equal by its characters; a sentence's key is the same object for every sentence of that key.
        public bool SameAs(Answer other) => Number == other.Number && Equals(Value, other.Value);
    }

    private readonly List<(Question Question, string Argument, int Token, Answer Answer)> _asked = new();

    public ArticleQuestions(Sentence sentence) => Sentence = sentence;

    /// <summary>The sentence whose figures are being read.</summary>
    public Sentence Sentence { get; }

    /// <summary>False when the reading looked at something no question keeps (a token past the sentence's end): it holds for
    /// this sentence alone.</summary>
    public bool IsKeepable { get; private set; } = true;

    public void NotKeepable() => IsKeepable = false;

    public void Add(Question question, string argument, int token, Answer answer) => _asked.Add((question, argument, token, answer));

    /// <summary>True when <paramref name="reading"/>'s article answers every question as the article read before, for
    /// <paramref name="sentence"/> of the same key.</summary>
    public bool HoldFor(ArticleReading reading, Sentence sentence)
    {
        if (!IsKeepable) return false;
        foreach (var (question, argument, token, answer) in _asked)
        {
            if (!reading.Answer(question, argument, sentence, token).SameAs(answer)) return false;
        }
        return true;
    }
}
