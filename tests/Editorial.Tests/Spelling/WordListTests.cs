using System.IO.Compression;
using Editorial.Lexicon;
using Editorial.Rules.Spelling;
using Editorial.Text;

namespace Editorial.Tests.Spelling;

/// <summary>The embedded word lists, held as one text and a table of offsets: every listed word is found and nothing else.</summary>
public class WordListTests
{
    private static string[] Lines(string resource)
    {
        using var reader = new StreamReader(new GZipStream(EmbeddedData.Open(resource), CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Every_common_word_is_found_and_no_part_or_extension_of_one_is()
    {
        var words = Lines("common-words.txt.gz");
        words.Length.ShouldBeGreaterThan(60_000);
        words.ShouldAllBe(word => CommonWords.Contains(word));
        var listed = words.ToHashSet(StringComparer.Ordinal);
        foreach (var word in words.Where((_, i) => i % 97 == 0))
        {
            CommonWords.Contains(word + "q").ShouldBe(listed.Contains(word + "q"), word + "q");
            CommonWords.Contains(word[..^1]).ShouldBe(listed.Contains(word[..^1]), word[..^1]);
        }
    }

    [Fact]
    public void Words_are_matched_exactly_and_never_across_the_lines_of_the_list()
    {
        CommonWords.Contains("house").ShouldBeTrue();
        CommonWords.Contains("House").ShouldBeFalse();
        CommonWords.Contains("").ShouldBeFalse();
        CommonWords.Contains("zzzqx").ShouldBeFalse();
        CommonWords.Contains("naïve").ShouldBeFalse();
        CommonWords.Contains("naive").ShouldBeTrue();
        var words = Lines("common-words.txt.gz");
        CommonWords.Contains(words[100] + "\n" + words[101]).ShouldBeFalse();
    }

    [Fact]
    public void A_word_looked_up_lowered_is_found_as_its_lower_case_copy_is()
    {
        var words = Lines("common-words.txt.gz");
        var samples = words.Where((_, i) => i % 53 == 0).SelectMany(word => new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "Q" })
            .Concat(["House", "HOUSE", "Naïve", "NAÏVE", "Ärger", "", "House\nhold", "\u212Aey"]);
        foreach (var word in samples) CommonWords.ContainsLowered(word).ShouldBe(CommonWords.Contains(word.ToLowerInvariant()), word);
        CommonWords.ContainsLowered("House").ShouldBeTrue();
        CommonWords.ContainsLowered("Zzzqx").ShouldBeFalse();
    }

    [Fact]
    public void A_word_looked_up_where_its_characters_lie_is_found_as_its_string_is()
    {
        var words = Lines("common-words.txt.gz");
        var buffer = new char[64];
        foreach (var word in words.Where((_, i) => i % 61 == 0).SelectMany(word => new[] { word, word + "q", word[..^1] }))
        {
            word.CopyTo(0, buffer, 0, word.Length);
            buffer[word.Length] = 's';
            CommonWords.Contains(buffer, word.Length).ShouldBe(CommonWords.Contains(word), word);
        }
    }

    [Fact]
    public void Rare_words_are_real_words_one_slip_from_a_common_word_that_the_common_words_lack()
    {
        var rare = Lines("rare-words.txt.gz");
        rare.Length.ShouldBeGreaterThan(10_000);
        rare.ShouldAllBe(word => RareWords.Contains(word) && !CommonWords.Contains(word) && word.Length >= 5 && word.All(char.IsAsciiLetterLower));
        RareWords.Contains("mater").ShouldBeTrue();
        RareWords.Contains("iodide").ShouldBeTrue();
        RareWords.Contains("semver").ShouldBeTrue();
        RareWords.Contains("backend").ShouldBeTrue();
        RareWords.Contains("matter").ShouldBeFalse();
        RareWords.Contains("adminstration").ShouldBeFalse();
    }

    [Fact]
    public void Proper_names_are_found_whatever_their_case_and_diacritics()
    {
        ProperNames.Contains("Minnesota").ShouldBeTrue();
        ProperNames.Contains("MINNESOTA").ShouldBeTrue();
        ProperNames.Contains("Minnetota").ShouldBeFalse();
        ProperNames.Contains("Düsseldorf").ShouldBeTrue();
        ProperNames.Contains("Dusseldorf").ShouldBeTrue();
        Lines("proper-names.txt.gz").ShouldAllBe(name => ProperNames.Contains(name));
    }

    [Fact]
    public void Proper_names_are_listed_as_the_letters_they_are_looked_up_by()
    {
        // tools/wordlists/derive.py writes them so; the engine loads the list without keying it again.
        Lines("proper-names.txt.gz").Where(name => NameVariants.Letters(name) != name).ShouldBeEmpty();
    }
}
