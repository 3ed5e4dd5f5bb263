using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules.Hygiene;

namespace Editorial.Tests.Hygiene;

public class QuotationStyleTests
{
    private static readonly ProfileSet Outlets = ProfileSet.Load(
    [
        new ProfileSource("rules/agency-b.yml", "name: agency-b\n"),
        new ProfileSource("rules/aljazeera.yml", "name: aljazeera\n"),
    ], RuleCatalog.Vocabulary);

    private static ArticleInput Seed(string file, string outlet) =>
        new("samples/Newsroom/" + file, Seeds.Text(file), new ArticleSettings(defaultOutlet: outlet));

    private static ArticleInput Text(string path, string text, string outlet) => new(path, text, new ArticleSettings(defaultOutlet: outlet));

    [Fact]
    public void Agency_b_and_aljazeera_differ_in_style_and_neither_is_reported_against_the_other()
    {
        // Agency B's own mix (two stops inside a fragment's marks, one outside) is no departure either: its copy spells "defence",
        // and a logical stop departs from stops put inside only in American copy.
        HygieneRun.Check(Outlets, Seed("agency-b/001.txt", "agency-b"), Seed("aljazeera/002.txt", "aljazeera"))
            .Where(d => d.Id is "ED4004" or "ED4008").ShouldBeEmpty();
        // Stated American style reports it.
        var american = ProfileSet.Load([new ProfileSource("rules/agency-b.yml", "name: agency-b\nlocale: en-US\n")], RuleCatalog.Vocabulary);
        HygieneRun.Check(american, Seed("agency-b/001.txt", "agency-b")).Where(d => d.Id == "ED4004").Select(HygieneRun.Describe).ShouldBe(
        [
            "samples/Newsroom/agency-b/001.txt(25,280): ED4004: Full stop outside the closing quotation mark; elsewhere this article puts it inside (2 times)",
        ]);
    }

    [Fact]
    public void British_copy_keeps_logical_punctuation_after_a_fragment_whatever_its_majority()
    {
        // British spelling ("harbour", "colour", "organised") makes the copy British: a fragment's stop outside its marks is
        // its style, however many of its fragments came punctuated the American way.
        const string british = "The harbour board called the plan “a first step.” The council called it “useful,” and the mayor “a colourful idea”. The crews organised a vote.";
        HygieneRun.Text(british).Where(d => d.Id == "ED4004").ShouldBeEmpty();
        // Copy that is not wholly British takes its majority.
        HygieneRun.Text(british.Replace("harbour", "harbor").Replace("colourful", "colorful").Replace("organised", "organized"))
            .Where(d => d.Id == "ED4004").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,113): ED4004: Full stop outside the closing quotation mark; elsewhere this article puts it inside (2 times)"]);
    }

    [Fact]
    public void The_first_point_of_an_ellipsis_after_a_quoted_fragment_is_no_full_stop()
    {
        const string copy = "The labor court found that ballots are the \"most reliable way of telling whether a crew has a majority.\"\n" +
                            "Textbooks call compulsory arbitration the \"opposite of bargaining at the table.\"\n" +
                            "THEY CLAIM that crews are not able to \"win\". . . THE TRUTH is that crews \"won\" most votes.\n";
        HygieneRun.Text(copy).Where(d => d.Id == "ED4004").ShouldBeEmpty();
        // A full stop after the fragment is still one.
        HygieneRun.Text(copy.Replace("\"win\". . .", "\"win\".")).Where(d => d.Id == "ED4004").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(3,44): ED4004: Full stop outside the closing quotation mark; elsewhere this article puts it inside (2 times)"]);
    }

    [Fact]
    public void Articles_under_the_default_profile_are_never_compared_with_each_other()
    {
        HygieneRun.Seeds(HygieneRun.SeedFiles).ShouldNotContain(d => d.Id == "ED4008");
    }

    [Fact]
    public void One_outlets_articles_that_differ_from_each_other_are_reported_in_the_odd_one()
    {
        var american = "The leaders said the talks were “a first step.” Officials called them “useful,” and left.";
        var findings = HygieneRun.Check(Outlets,
                Seed("aljazeera/002.txt", "aljazeera"),
                Text("aljazeera/z.txt", american, "aljazeera"),
                Text("aljazeera/y.txt", "Peskov said the operation was “going to plan”.", "aljazeera"),
                Text("agency-b/x.txt", american, "agency-b"))
            .Where(d => d.Id == "ED4008").ToList();
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "aljazeera/z.txt(1,46): ED4008: This article puts full stops and commas inside closing quotation marks, while 2 other aljazeera article(s) put them outside",
        ]);
        findings[0].RelatedLocations.Single().ToString().ShouldBe("aljazeera/y.txt(1,46,1,47)");
    }

    [Fact]
    public void A_cross_article_finding_on_an_HTML_page_with_pasted_debris_is_judged_after_the_prose_is_released()
    {
        // The sink asks the page's debris again in the cross-article pass, which reads the text as it reads, not the prose
        // view: a label leading to a link and one that lost it are told apart there too.
        var page = "<p>The leaders said the talks were “a first step.” Officials called them “useful,” and left.</p>\n"
            + "<p><strong>Related:</strong> <a href=\"/talks\">Talks resume</a></p>\n<p><strong>Read more:</strong> Talks end</p>\n";
        var findings = new EditorialEngine(Outlets, RuleCatalog.Rules).Check(
        [
            Seed("aljazeera/002.txt", "aljazeera"),
            new ArticleInput("aljazeera/z.html", page, new ArticleSettings(defaultOutlet: "aljazeera")),
            Text("aljazeera/y.txt", "Peskov said the operation was “going to plan”.", "aljazeera"),
        ]).Where(d => d.Id is "ED4001" or "ED4008" && d.Location.Path.EndsWith(".html", StringComparison.Ordinal));
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "aljazeera/z.html(1,49): ED4008: This article puts full stops and commas inside closing quotation marks, while 2 other aljazeera article(s) put them outside",
            "aljazeera/z.html(3,12): ED4001: Pasted label 'Read more:' left in the copy",
        ]);
    }

    [Fact]
    public void An_outlet_that_states_its_style_gets_each_article_checked_against_it_and_no_comparison()
    {
        var profiles = HygieneRun.HouseProfile("settings:\n  quote-punctuation: american\n");
        var findings = HygieneRun.Check(profiles,
            Text("a.txt", "He called it “a first step”. She said it was “useful,” and left.", "house"),
            Text("b.txt", "He called it “a first step”.", "house"));
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(1,28): ED4004: Full stop outside the closing quotation mark; house style puts it inside",
            "b.txt(1,28): ED4004: Full stop outside the closing quotation mark; house style puts it inside",
        ]);
        HygieneRun.ApplyFix("He called it “a first step”.", findings[1]).ShouldBe("He called it “a first step.”");
    }

    [Fact]
    public void An_outlet_may_state_logical_punctuation_and_then_only_marks_inside_are_reported()
    {
        var profiles = HygieneRun.HouseProfile("settings:\n  quote-punctuation: logical\n");
        var findings = HygieneRun.Check(profiles,
            Text("a.txt", "He called it “a first step”. She said it was “useful,” and left.", "house"),
            Text("b.txt", "He called it “a first step”, and left.", "house"));
        findings.Select(HygieneRun.Describe).ShouldBe(["a.txt(1,53): ED4004: Comma inside the closing quotation mark; house style puts it outside"]);
        HygieneRun.ApplyFix("He called it “a first step”. She said it was “useful,” and left.", findings[0])
            .ShouldBe("He called it “a first step”. She said it was “useful”, and left.");
    }

    [Fact]
    public void In_html_the_marks_are_read_across_tags_and_character_references()
    {
        // The first fragment's full stop stands behind a closing tag and a character reference ("</em>&rdquo;."), the second's
        // comma behind a tag inside the marks ("useful,</em>”"): both are read as the rendered text reads them.
        var profiles = HygieneRun.HouseProfile("settings:\n  quote-punctuation: american\n");
        var text = "<p>He called it &ldquo;a first <em>step</em>&rdquo;. She said it was “<em>useful,</em>” and left.</p>\n";
        var findings = HygieneRun.Check(profiles, Text("a.html", text, "house"));
        findings.Select(HygieneRun.Describe).ShouldBe(["a.html(1,52): ED4004: Full stop outside the closing quotation mark; house style puts it inside"]);
    }

    [Theory]
    [InlineData("Peskov said: “No.” He added that it was “going to plan”.")]
    [InlineData("“We see progress,” he said. “It is hard.” Officials called it “slow”.")]
    [InlineData("The aim was “to meet. A meeting people want.” Talks were “hard”.")]
    [InlineData("He said it was “hard …” and “slow”.")]
    public void Quoted_full_sentences_are_not_fragments_and_do_not_count_as_a_style(string text)
    {
        HygieneRun.Text(text).ShouldBeEmpty();
    }

    [Fact]
    public void Straight_quotes_in_a_curly_article_are_reported_and_converted()
    {
        const string text = "He said “yes”. She said “no”. They said \"maybe\".";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,41): ED4004: Straight quotation marks in an article that uses curly ones (“ ”) 2 times");
        HygieneRun.ApplyFix(text, finding).ShouldBe("He said “yes”. She said “no”. They said “maybe”.");
    }

    [Fact]
    public void A_site_that_prints_straight_marks_curly_shows_one_style_and_is_not_reported()
    {
        // A Jekyll post typed with straight marks, with curly ones pasted in: kramdown prints them all curly.
        const string Text = "---\ntitle: Pier\n---\nHe said \"yes\". She said “no”. They said “maybe”. The town's pier isn’t open.\n";
        HygieneRun.Check(ProfileSet.BuiltIn, new ArticleInput("_posts/pier.md", Text, new ArticleSettings(new Dictionary<string, string> { [EditorialOptions.SmartPunctuation] = "true" })))
            .ShouldBeEmpty();
        HygieneRun.Check(ProfileSet.BuiltIn, new ArticleInput("_posts/pier.md", Text, ArticleSettings.Empty)).Select(HygieneRun.Describe).ShouldBe(
        [
            "_posts/pier.md(4,9): ED4004: Straight quotation marks in an article that uses curly ones (“ ”) 2 times",
            "_posts/pier.md(4,58): ED4004: Straight apostrophe in an article that uses curly ones (’) once and curly quotation marks (“ ”) 2 times",
        ]);
        // Where a fragment's full stop stands is still the copy's: the site prints it where the writer put it.
        const string Placed = "She called it \"a disgrace.\" He called it \"a shame\". They called it \"an outrage\". The town agreed.\n";
        HygieneRun.Check(ProfileSet.BuiltIn, new ArticleInput("a.md", Placed, new ArticleSettings(new Dictionary<string, string> { [EditorialOptions.SmartPunctuation] = "true" })))
            .Select(HygieneRun.Describe).ShouldBe(["a.md(1,26): ED4004: Full stop inside the closing quotation mark; elsewhere this article puts it outside (2 times)"]);
    }

    [Fact]
    public void Marks_inside_template_tags_code_and_addresses_are_the_markup_s_and_no_style()
    {
        // A shortcode's attribute values ("alt=\"the desk's app\""), a code span and a web address hold straight marks that
        // no reader sees as the article's.
        const string page = "The desk’s “plan” is out.\n\n{{< img src=\"a.jpg\" alt=\"The desk's app\" >}}It’s the ferry’s.\n\n"
            + "Run `echo \"hello\"` or see https://example.org/a\"b then “go”.\n";
        HygieneRun.File("a.md", page).ShouldBeEmpty();
        HygieneRun.File("a.md", page + "\nThe mayor's \"plan\" won.\n")
            .Select(HygieneRun.Describe).ShouldBe([
                "a.md(7,10): ED4004: Straight apostrophe in an article that uses curly ones (’) 3 times",
                "a.md(7,13): ED4004: Straight quotation marks in an article that uses curly ones (“ ”) 2 times",
            ]);
    }

    [Fact]
    public void Many_departures_from_the_article_style_are_one_finding_with_the_count_the_next_places_and_one_fix()
    {
        var text = "Officials said “yes” on Monday. " + string.Concat(Enumerable.Range(1, 12).Select(i => $"Aide {i} said \"no\". ")) +
                   string.Concat(Enumerable.Range(1, 13).Select(i => $"Mayor {i} said “maybe”. "));
        var findings = HygieneRun.Text(text);
        findings.Select(HygieneRun.Describe).ShouldBe(["a.txt(1,45): ED4004: Straight quotation marks in 12 places in an article that uses curly ones (“ ”) 14 times"]);
        findings[0].RelatedLocations.Count.ShouldBe(StyleMinority.MaximumRelated);
        findings[0].RelatedLocations[0].ToString().ShouldBe("a.txt(1,63,1,64)");
        HygieneRun.ApplyFix(text, findings[0]).ShouldNotContain("\"");
        HygieneRun.Text(HygieneRun.ApplyFix(text, findings[0])).ShouldBeEmpty();
    }

    [Fact]
    public void Headlines_are_set_apart_and_do_not_count_as_the_article_style()
    {
        HygieneRun.Text("Mayor's \"last budget\" passes\n\nThe mayor’s budget, called “the last one”, passed. Its critics’ hopes faded.\n").ShouldBeEmpty();
    }

    [Fact]
    public void One_straight_and_one_curly_apostrophe_with_nothing_else_to_go_by_are_not_reported()
    {
        HygieneRun.Text("Kyiv’s mayor said it can't last.").ShouldBeEmpty();
    }

    [Fact]
    public void An_even_split_of_apostrophes_is_settled_by_the_quotation_marks()
    {
        var findings = HygieneRun.Text("Kyiv’s mayor called it “a pause” and said it can't last.");
        findings.Select(HygieneRun.Describe).ShouldBe(
            ["a.txt(1,49): ED4004: Straight apostrophe in an article that uses curly ones (’) once and curly quotation marks (“ ”) once"]);
        HygieneRun.ApplyFix("Kyiv’s mayor called it “a pause” and said it can't last.", findings[0])
            .ShouldBe("Kyiv’s mayor called it “a pause” and said it can’t last.");
    }

    [Fact]
    public void An_even_split_of_quotation_marks_is_settled_by_the_apostrophes()
    {
        const string text = "The mayor’s aide called it \"a pause\" and the council’s clerk “a rest”. The crew’s boss agreed.";
        var findings = HygieneRun.Text(text);
        findings.Select(HygieneRun.Describe).ShouldBe(
            ["a.txt(1,28): ED4004: Straight quotation marks in an article that uses curly ones (“ ”) once and curly apostrophes (’) 3 times"]);
        HygieneRun.ApplyFix(text, findings[0]).ShouldBe("The mayor’s aide called it “a pause” and the council’s clerk “a rest”. The crew’s boss agreed.");
    }

    [Fact]
    public void A_logical_stop_departs_from_stops_put_inside_only_in_American_copy()
    {
        // Two fragments' stops inside, one outside, in copy that spells no word of either region: the stop outside is logical
        // punctuation, which the copy may follow, and no departure.
        const string plain = "The board called the plan “a first step.” The council called it “useful,” and the mayor “a fine idea”. The crews met.";
        HygieneRun.Text(plain).Where(d => d.Id == "ED4004").ShouldBeEmpty();
        // American spelling makes the stops inside the copy's style, by the book.
        HygieneRun.Text(plain.Replace("The crews met.", "The crews met at the harbor center."))
            .Where(d => d.Id == "ED4004").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,102): ED4004: Full stop outside the closing quotation mark; elsewhere this article puts it inside (2 times)"]);
    }

    [Fact]
    public void A_stop_inside_is_no_departure_in_American_copy_whatever_the_majority()
    {
        // Two fragments' stops outside, one inside: in American copy ("harbor center") the stop inside follows the book, and the
        // writer's stops outside are theirs to keep; in copy of no region the stop inside is the departure.
        const string plain = "The board called the plan “a first step”. The council called it “useful,” and the mayor “a fine idea”. The crews met.";
        HygieneRun.Text(plain.Replace("The crews met.", "The crews met at the harbor center."))
            .Where(d => d.Id == "ED4004").ShouldBeEmpty();
        HygieneRun.Text(plain).Where(d => d.Id == "ED4004").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,72): ED4004: Comma inside the closing quotation mark; elsewhere this article puts it outside (2 times)"]);
    }

    [Fact]
    public void An_even_split_of_placements_is_settled_in_British_copy_and_nowhere_else()
    {
        // One fragment's stop inside, one outside: British spelling ("centre", "neighbour") keeps the logical stop outside.
        const string british = "The board called the plan “a first step.” The council called it “a useful idea”. The crews met at the centre with a neighbour.";
        HygieneRun.Text(british).Where(d => d.Id == "ED4004").Select(HygieneRun.Describe).ShouldBe(
            ["a.txt(1,40): ED4004: Full stop inside the closing quotation mark; elsewhere this article puts it outside (once), as British copy does"]);
        // American copy, and copy of no region, say nothing by one of each: American writers put the stop outside on purpose too.
        HygieneRun.Text(british.Replace("centre", "center").Replace("neighbour", "neighbor")).Where(d => d.Id == "ED4004").ShouldBeEmpty();
        HygieneRun.Text(british.Replace("centre", "hall").Replace("neighbour", "friend")).Where(d => d.Id == "ED4004").ShouldBeEmpty();
    }

    [Fact]
    public void A_sentence_a_reporting_verb_quotes_keeps_its_stop_inside_in_British_copy()
    {
        // The fragments put their stops outside; the quoted sentence after "she said" puts its own inside, as British style does.
        const string text = "The board called the plan “a first step”. The council called it “a useful idea”. At the centre she said "
                            + "“fortunately our neighbours have always shown a willingness to try new things.” The crews met.";
        HygieneRun.Text(text).Where(d => d.Id == "ED4004").ShouldBeEmpty();
        // A short quotation after the verb is a fragment still: "vowed “never again.”"
        HygieneRun.Text(text.Replace("she said “fortunately our neighbours have always shown a willingness to try new things.”", "the neighbours vowed “never again.”"))
            .Where(d => d.Id == "ED4004").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,129): ED4004: Full stop inside the closing quotation mark; elsewhere this article puts it outside (2 times)"]);
    }

    [Fact]
    public void The_marks_of_a_reproduced_document_neither_vote_nor_depart()
    {
        // The quoted document keeps its writer's straight marks, more of them than the article's own curly ones.
        const string text = "The mayor’s aide said the crews were “out since dawn”.\n\n> We can't say, don't ask, won't guess \"when\" or \"how\".\n\n" +
            "The council’s office stayed silent.\n";
        HygieneRun.File("a.md", text).Where(d => d.Id == "ED4004").ShouldBeEmpty();
    }

    [Fact]
    public void An_apostrophe_after_a_full_stop_a_space_short_is_the_article_s_own()
    {
        // "county.It’s" is a typing slip, not the line break of a post the page's export dropped: its apostrophe counts.
        const string text = "The ferry's fees are not unlawful or unusual in the county, whatever the regular passengers may have been told.It’s "
                            + "just that the council would rather keep every fee it can see in its accounts, where it can count it, spend it on "
                            + "the pier, and report it to the ratepayers at the annual meeting. We don’t know more.\n";
        HygieneRun.File("a.md", text).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(1,10): ED4004: Straight apostrophe in an article that uses curly ones (’) 2 times"]);
    }
}
