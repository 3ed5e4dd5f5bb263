using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules.Spelling;

namespace Editorial.Tests.Spelling;

/// <summary>The candidate compounds the variant index holds: every one for an article of an outlet, which ED1005 compares with
/// the outlet's other articles, and only those the article itself writes both closed and open for an article of no outlet,
/// where ED1001 is the only rule that reads them.</summary>
public class VariantIndexTests
{
    private const string Text = "The breakwater held overnight. A second break water failed, engineers said.";

    private static List<string> Compounds(string? outlet, string text = Text, bool withStart = false)
    {
        var article = SpellingCheck.Engine.Prepare(Articles.Article.Parse("a.txt", text), new ArticleSettings(defaultOutlet: outlet), out _);
        return VariantIndex.Of(article).Occurrences.Where(o => o.Kind == VariantKind.Compound)
            .Select(o => $"{o.Text} ({o.Form})" + (withStart ? $" {o.Span.Start}" : "")).ToList();
    }

    [Fact]
    public void A_sentence_read_before_elsewhere_gives_the_compounds_of_where_it_stands_now()
    {
        // Read first on its own, where "email" is too short a word to be a candidate; then after a sentence that writes "e-mail",
        // where it is one, and further on.
        const string sentence = "She sent an email to the newsroom.";
        Compounds("ap", sentence, withStart: true).ShouldBe(["newsroom (closed) 25"]);

        Compounds("ap", "He wrote an e-mail.\n\n" + sentence, withStart: true).ShouldBe(["e-mail (open) 12", "email (closed) 33", "newsroom (closed) 46"]);
    }

    private static List<string> Names(string text, string? outlet = "ap")
    {
        var article = SpellingCheck.Engine.Prepare(Articles.Article.Parse("a.txt", text), new ArticleSettings(defaultOutlet: outlet), out _);
        return VariantIndex.Of(article).Occurrences.Where(o => o.Kind == VariantKind.Name).Select(o => $"{o.Text} {o.Key} {o.Span.Start}").ToList();
    }

    [Fact]
    public void An_article_of_no_outlet_keeps_only_the_names_it_writes_in_more_than_one_form()
    {
        // ED1005 compares an outlet's names across its articles; for an article of no outlet ED1001 reads the names the article
        // itself spells two ways ("Navalny" / "Navalnyy") and no other.
        const string text = "Alexei Navalny wrote to Marta Kovacs. Navalnyy said Kovacs would answer.";
        Names(text, outlet: null).ShouldBe(["Navalny name:navalny 7", "Navalnyy name:navalny 38"]);
        Names(text).ShouldBe(
            ["Alexei name:alaxay>navalny 0", "Navalny name:navalny 7", "Marta name:marta>kuvacs 24", "Kovacs name:kuvacs 30", "Navalnyy name:navalny 38", "Kovacs name:kuvacs 52"]);
    }

    [Fact]
    public void A_sentence_read_before_elsewhere_gives_the_names_of_where_it_stands_now()
    {
        // "Berry" after a given name is an ordinary word on its own, and the surname of "Mohamed Barry" where the article names him so.
        const string sentence = "Officials said Mohamed Berry arrived.";
        Names(sentence).ShouldBe(["Mohamed name:muhamad 15"]);

        Names("Mohamed Barry left.\n\n" + sentence).ShouldBe(
            ["Mohamed name:muhamad>bary 0", "Barry name:bary 8", "Mohamed name:muhamad>bary 36", "Berry name:bary 44"]);
    }

    private static List<string> Listed(EditorialEngine engine, string? outlet, string text)
    {
        var article = engine.Prepare(Articles.Article.Parse("a.txt", text), new ArticleSettings(defaultOutlet: outlet), out _);
        return VariantIndex.Of(article).Occurrences.Where(o => o.Kind == VariantKind.Listed)
            .Select(o => $"{o.Text} {o.Form} {o.Entry!.ProfileName} {o.Span.Start}").ToList();
    }

    [Fact]
    public void A_sentence_read_before_under_another_profile_gives_the_forms_this_profile_lists()
    {
        // The words where a listed form may start are kept by sentence for each profile: "WebPack" starts none of the default
        // profile's forms, and one of the house profile's.
        var profiles = ProfileSet.Load([new ProfileSource("rules/house.yml", "name: house\nspellings:\n  - preferred: Webpack\n    variants: [WebPack]\n")],
            RuleCatalog.Vocabulary);
        var engine = new EditorialEngine(profiles, SpellingCheck.Rules);
        const string sentence = "The WebPack build failed in Kharkov.";

        Listed(engine, null, sentence).ShouldBe(["Kharkov Kharkov default 28"]);
        Listed(engine, "house", sentence).ShouldBe(["WebPack Webpack house 4", "Kharkov Kharkov default 28"]);
    }

    [Fact]
    public void An_article_of_no_outlet_keeps_the_compounds_it_writes_two_ways()
    {
        Compounds(null).ShouldBe(["breakwater (closed)", "break water (open)"]);
    }

    [Fact]
    public void An_article_keeps_the_phrases_of_three_words_it_writes_hyphenated_and_spaced()
    {
        const string text = "Police ended stop-and-frisk in May. Stop and frisk was popular, but stop and frisk failed. Trial and error helped.";
        Compounds(null, text).ShouldBe(["stop-and-frisk (open)", "stop and frisk (open)"]);
        Compounds("ap", text).Where(c => c.Contains("and")).ShouldBe(["stop-and-frisk (open)", "stop and frisk (open)"]);
    }

    [Fact]
    public void An_outlet_s_article_keeps_every_candidate_compound()
    {
        Compounds("ap").ShouldBe(
        [
            "breakwater (closed)", "breakwater held (open)", "held overnight (open)", "overnight (closed)", "second break (open)",
            "break water (open)", "water failed (open)", "engineers (closed)", "engineers said (open)",
        ]);
    }
}
