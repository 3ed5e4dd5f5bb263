using Editorial.Articles;
using Editorial.Engine;
using Editorial.Profiles;

namespace Editorial.Tests.Attribution;

public class SourcingTests
{
    /// <summary>The line ED3003 gives for a vague phrase at a line and column.</summary>
    private static string Vague(int line, int column, string phrase) =>
        $"ED3003 ({line},{column}): Vague sourcing '{phrase}': name the source, or say why it cannot be named";

    [Fact]
    public void Vague_phrases_are_reported_where_they_are()
    {
        var text = "Russia had asked China for aid, officials told media.\n\n" +
                   "It is understood the talks will resume, and Putin reportedly agreed.\n\n" +
                   "“Sources said nothing,” Peskov said.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(1, 33, "officials told media"),
            Vague(3, 1, "It is understood"),
            Vague(3, 51, "reportedly"),
        ]);
    }

    [Fact]
    public void An_editorial_s_or_a_column_s_vague_sourcing_is_a_hedge_unless_the_outlet_holds_opinion_to_news_sourcing()
    {
        const string Body = "The ferry operator reportedly paid the fine twice, and the harbour board must explain why.\n";
        // A kicker over the headline, or the front matter's section, says the piece is opinion.
        AttributionTestKit.Check("a.md", "**EDITORIAL**\n\n# Harbour board owes answers\n\n" + Body).ShouldBeEmpty();
        AttributionTestKit.Check("a.md", "---\nsection: Opinion\n---\n" + Body).ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "Opinion\n\nHarbour board owes answers\n\n" + Body).ShouldBeEmpty();
        // News copy, and a word of the genre inside a sentence, are reported as ever.
        AttributionTestKit.Check("a.txt", "Harbour board owes answers\n\n" + Body).ShouldBe([Vague(3, 20, "reportedly")]);
        AttributionTestKit.Check("a.txt", "An editorial is due.\n\n" + Body).ShouldBe([Vague(3, 20, "reportedly")]);
        var strict = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\ntitle: Desk\nsettings:\n  opinion-sourcing: source\n")], RuleCatalog.Vocabulary);
        AttributionTestKit.Check("a.md", "**EDITORIAL**\n\n# Harbour board owes answers\n\n" + Body, strict, "desk").ShouldBe([Vague(5, 20, "reportedly")]);
    }

    [Fact]
    public void An_interviewer_s_vague_sourcing_in_a_transcript_is_what_was_said()
    {
        // The record cannot name the source the question left out; the release's own words are still read.
        const string Text = "The minister spoke to the harbour radio.\n\nQ: Is the pier open?\n\nMINISTER: Yes.\n\nJOURNALIST: One more question.\n\n"
                            + "It has been reported that the ferry will close. Is that so?\n\nMINISTER: No.\n\nThe ferry reportedly stays open.\n";
        AttributionTestKit.Check("a.txt", Text).ShouldBe([Vague(13, 11, "reportedly")]);
    }

    [Fact]
    public void Sources_a_word_describes_are_not_vague_and_bare_or_counted_sources_are()
    {
        // Bare and counted sources first: once sources are described, later bare ones refer back to them (below).
        var text = "Sources said the port was shut. Two sources told the paper the port was shut.\n\n" +
                   "Senior naval sources said the fleet would sail. Campaign sources say the bus tour is off.\n\n" +
                   "Aides close to the mayor were quiet, and sources close to the council spoke.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(1, 1, "Sources said"),
            Vague(1, 37, "sources told"),
        ]);
    }

    [Fact]
    public void An_attribution_set_off_by_commas_before_the_phrase_s_clause_sources_it()
    {
        var text = "A pier was flattened on Thursday, a harbour security source told the Gazette, as the storm reportedly hit the breakwater.\n\n"
                   + "A ferry sank in the bay in January, Ann Lee said at the time, reportedly drowning five.\n\n"
                   + "A ferry sank in the bay in January, Ann Lee said, and the crew, reportedly drunk, swam ashore.\n\n"
                   + "A ferry sank in the bay in January, dock workers said, as the storm reportedly hit.\n\n"
                   + "Ann Lee said the ferry reportedly sank.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(5, 65, "reportedly"),
            Vague(7, 69, "reportedly"),
            Vague(9, 24, "reportedly"),
        ]);
    }

    [Fact]
    public void The_sources_or_the_reports_spoken_of_before_are_reported_where_first_named()
    {
        // "The" points back: the first mention is the place to say whose they are, and only it is reported.
        var text = "Two sources told the paper the port was shut, and the sources said more.\n\n" +
                   "The pier is shut, according to media reports. The crew was paid, the reports said.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(1, 5, "sources told"),
            Vague(3, 19, "according to media reports"),
        ]);
        // With none spoken of before, "the sources" is the first mention.
        AttributionTestKit.Check("a.txt", "The crew was paid, the sources said.\n").ShouldBe([Vague(1, 24, "sources said")]);
        // People who told the publication what it prints are its sources: "the sources" points back to them.
        AttributionTestKit.Check("a.txt", "The port will stay shut, dock workers and pilots told the Harbour Gazette.\n\n"
                                          + "The crew was paid, the sources said.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "The port will stay shut, dock workers told Reuters.\n\nThe crew was paid, the sources said.\n").ShouldBeEmpty();
    }

    [Fact]
    public void Sources_described_after_according_to_are_not_vague_and_refer_back_later()
    {
        // The words after "sources" say whose they are: close to a body, in it, at it, from it, on both sides of talks.
        var text = "According to sources close to the council, the pier will shut. The ferry, according to sources on both sides, is late.\n\n" +
                   "According to sources in the harbour office, the crew was paid. Sources said the crew was glad.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        // A time after "sources" describes nothing.
        AttributionTestKit.Check("a.txt", "The pier will shut, according to sources on Monday.\n").ShouldBe([Vague(1, 21, "according to sources")]);
        AttributionTestKit.Check("a.txt", "According to sources in March, the pier will shut.\n").ShouldBe([Vague(1, 1, "According to sources")]);
        // Nor does a city: it says where they are, not whose they are.
        AttributionTestKit.Check("a.txt", "According to sources in Harbourton, the pier will shut.\n").ShouldBe([Vague(1, 1, "According to sources")]);
    }

    [Fact]
    public void Reports_a_word_describes_are_not_vague_and_news_reports_are()
    {
        AttributionTestKit.Check("a.txt", "Police reports said the ferry was late. Court reports say the crew was paid.\n\n"
                                          + "News reports said the ferry was late. Reports said the pier was shut.\n").ShouldBe(
        [
            Vague(3, 6, "reports said"),
            Vague(3, 39, "Reports said"),
        ]);
    }

    [Fact]
    public void The_press_of_a_country_or_the_local_or_state_press_says_whose_reports_they_are()
    {
        AttributionTestKit.Check("a.txt", "Japanese press reports said the ferry was late. The pier closed, local media reports said.\n\n"
                                          + "The crew was paid, state media reports said. The fares rose, Norwegian news reports said.\n\n"
                                          + "The press reports said the mayor would resign.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "Press reports said the ferry was late. The pier closed, media reports said.\n").ShouldBe(
        [
            Vague(1, 7, "reports said"),
            Vague(1, 57, "media reports said"),
        ]);
    }

    [Fact]
    public void Sources_described_once_are_described_when_the_copy_refers_back_to_them()
    {
        // The first bare phrase comes before any description; the later ones refer back to the sources familiar with the plan.
        var text = "Sources said the ferry would sail. Two sources familiar with the plan told the paper it was ready.\n\n" +
                   "The sources said the crossing was safe, and a source told the council the same. It reportedly sailed at noon.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(1, 1, "Sources said"),
            Vague(3, 84, "reportedly"),
        ]);
    }

    [Fact]
    public void People_familiar_with_a_matter_and_sources_with_ties_describe_the_sources_the_copy_refers_back_to()
    {
        const string Later = "\n\nThe new timetable starts in May, the sources said.\n";
        AttributionTestKit.Check("a.txt", "The harbour board will name a new pilot, people familiar with the matter told the paper." + Later)
            .ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "The harbour board will name a new pilot, two sources with ties to the board said." + Later)
            .ShouldBeEmpty();
        // People described by anything else are no sources, and the copy's later sources stay bare.
        AttributionTestKit.Check("a.txt", "The harbour board hired people with ferry licences." + Later).ShouldBe([Vague(3, 38, "sources said")]);
    }

    [Fact]
    public void A_source_named_after_the_phrase_in_its_sentence_says_whose_report_it_is()
    {
        var text = "Two ferries reportedly sank near the harbour, according to the Coast Guard.\n\n" +
                   "Exports rose by a tenth, according to media reports citing Customs figures.\n\n" +
                   "The skipper, reportedly aged 61, had been ill for years, according to a family spokesperson.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        // Officials are no one in particular.
        AttributionTestKit.Check("a.txt", "The skipper, reportedly aged 61, had been ill for years, according to officials.\n").ShouldBe(
        [
            Vague(1, 14, "reportedly"),
        ]);
    }

    [Fact]
    public void Sources_the_copy_describes_name_the_source_of_the_sentence_they_end()
    {
        // Described in the sentence, or pointed back to with "the" after they were described.
        AttributionTestKit.Check("a.txt", "The mayor was said to oppose the new pier, harbour industry sources said.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "The pier will close, a source close to the harbour board said.\n\n"
                                          + "The mayor reportedly wants a new pier, the source said.\n").ShouldBeEmpty();
        // Sources no one describes name no one.
        AttributionTestKit.Check("a.txt", "The mayor was said to oppose the new pier, two sources said.\n").ShouldBe(
        [
            Vague(1, 11, "was said to"),
            Vague(1, 48, "sources said"),
        ]);
    }

    [Fact]
    public void A_publication_whose_name_ends_with_the_phrase_names_the_source_and_a_sentence_missing_its_stop_does_not()
    {
        // "Reports" in title case after a name's word is the name's last word; "A source said" after a word in capitals, or
        // a word that opens sentences, is a new sentence whose full stop was lost.
        var text = "Ferry sailings rose a tenth, the trade paper Harbour Freight Reports said.\n\n" +
                   "The ferry was late on MONDAY A source said the pier was shut.\n\n" +
                   "The ferry is late and It is believed the crew is on strike.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 30, "A source said"),
            Vague(5, 23, "It is believed"),
        ]);
    }

    [Fact]
    public void A_publication_that_reported_the_clause_before_the_phrase_is_its_source_but_a_person_who_said_it_is_not()
    {
        var text = "The Harbour Gazette previously reported that the ferry was reportedly late.\n\n" +
                   "Ann Lee said the ferry reportedly sank at dawn.\n\n" +
                   "Amid reports of a storm, the pier was reportedly shut.\n\n" +
                   "And the costs reported so far will rise, according to sources.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 24, "reportedly"),
            Vague(5, 39, "reportedly"),
            Vague(7, 42, "according to sources"),
        ]);
    }

    [Fact]
    public void A_source_named_before_the_phrase_in_its_sentence_says_whose_report_it_is_and_unnamed_ones_do_not()
    {
        var text = "According to the Harbour Gazette's Ann Lee, the ferry will reportedly stop on Monday.\n\n" +
                   "According to local reports, the ferry will reportedly stop on Monday.\n\n" +
                   "According to the Harbour Board, the pier opened. The ferry will reportedly stop on Monday.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 44, "reportedly"),
            Vague(5, 65, "reportedly"),
        ]);
    }

    [Fact]
    public void A_digest_item_that_cites_its_source_in_a_linked_name_in_parentheses_says_whose_report_it_is()
    {
        // A digest's items, each citing the outlet it was taken from; an item with no citation, or parentheses that link
        // nothing, stays vague.
        var text = "* Two ferries reportedly sank near the harbour. [(Harbour Gazette)](https://example.org/a)\n"
                   + "* A third ferry reportedly ran aground.\n"
                   + "* A fourth ferry reportedly drifted. (Harbour Gazette)\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
        [
            Vague(2, 17, "reportedly"),
            Vague(3, 18, "reportedly"),
        ]);
    }

    [Fact]
    public void A_digest_item_that_ends_on_a_line_crediting_a_publication_says_whose_report_it_is()
    {
        // A union's digest: each item closes on the paper it was taken from; the next item, with no credit, stays vague.
        var text = "**Ferry hotline opens**\n\nA hotline for ferry complaints opened this week.\n\nIt is reported, however, that callers will wait weeks.\n\n"
                   + "From the *Harbour Gazette*\n\n**Pier rules change**\n\nIt is understood that the pier will close at night.\n\n"
                   + "**Fees rise**\n\nIt is understood that fees will rise.\n\nSource: Harbour Wire\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
        [
            Vague(11, 1, "It is understood"),
        ]);
        // A line that goes on as a sentence is no credit.
        AttributionTestKit.Check("a.md", "It is reported that callers will wait weeks.\n\nFrom the pier, the ferry left at noon.\n").ShouldBe(
        [
            Vague(1, 1, "It is reported"),
        ]);
    }

    [Fact]
    public void A_report_in_a_day_s_issue_of_a_named_paper_is_sourced()
    {
        // A day's possessive stands for the paper's "the"; the day alone names no one.
        AttributionTestKit.Check("a.txt", "Today, it was reported in today's Harbour Herald that the ferry firm cut its crews.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "It was reported in Sunday's Harbour Herald that the pier will shut.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "It was reported on Sunday that the pier will shut.\n").ShouldBe([Vague(1, 1, "It was reported")]);
    }

    [Fact]
    public void Articles_or_a_story_in_a_named_paper_source_the_sentence_after_them()
    {
        // The paper's articles, named in the sentence before, are where the ferry "was said to" be unsafe.
        AttributionTestKit.Check("a.txt", "The row began with a series of articles in the Harbour Herald on the ferry. Specifically, the ferry "
                                          + "was said to sail without lifeboats.\n").ShouldBeEmpty();
        // Articles that no publication wrote are no source.
        AttributionTestKit.Check("a.txt", "The row began with a series of articles on the ferry. Specifically, the ferry was said to sail "
                                          + "without lifeboats.\n").ShouldBe([Vague(1, 79, "was said to")]);
    }

    [Fact]
    public void A_body_that_investigated_sources_what_it_says_was_reportedly_so_and_a_person_passing_on_reports_does_not()
    {
        var text = "The driver was reportedly going too fast, police said. The Harbour Patrol says the van reportedly ran a red light.\n\n"
                   + "The mayor said the ferry had reportedly sunk. Officers were reportedly called in at noon.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 30, "reportedly"),
            Vague(3, 61, "reportedly"),
        ]);
    }

    [Fact]
    public void A_citation_in_parentheses_after_the_phrase_sources_it()
    {
        // Names with "and" or "et al." and a year cite a study; a short form after the words it shortens, or a remark, cites nothing.
        var text = "It is reported that most of the herd lives outside the park (Dr. Ann Lee and Joe Roe) owing to drought.\n\n"
                   + "The ferry reportedly carries more cars (Lee et al., 2019).\n\n"
                   + "The board is reportedly planning a harbour development fund (HDF) for the pier.\n\n"
                   + "The crew reportedly stayed aboard (see below).\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
        [
            Vague(5, 14, "reportedly"),
            Vague(7, 10, "reportedly"),
        ]);
    }

    [Fact]
    public void A_footnote_s_mark_run_into_the_sentence_or_its_stop_sources_it()
    {
        // A report's notes, as its web page prints their marks; a spaced bracket, a year and a mark before the phrase cite nothing.
        var text = "The skipper was reportedly held for a week.[1] The crew reportedly stayed aboard.\n\n"
                   + "The storm reportedly sank two boats[2] and a barge.\n\n"
                   + "The ferry reportedly sailed in [2019]. Crews reportedly cheered.[^4]\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
        [
            Vague(1, 57, "reportedly"),
            Vague(5, 11, "reportedly"),
        ]);
        AttributionTestKit.Check("a.md", "The pier reportedly shut [3] at noon.\n").ShouldBe([Vague(1, 10, "reportedly")]);
    }

    [Fact]
    public void In_an_article_that_numbers_its_notes_a_spaced_mark_is_one_of_them()
    {
        // Three different notes: the essay cites its sources by number, spaced or not. A mark counts no damage either.
        var text = "The toll was far below the flood's [3].\n\n"
                   + "In the flood of 2004 it is reported that at least 4,000 people perished [4].\n\n"
                   + "The damage was vast [5], and the crops reportedly failed.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe([Vague(5, 40, "reportedly")]);
    }

    [Fact]
    public void A_publication_that_says_what_the_phrase_passes_on_sources_it_wherever_it_stands_and_a_person_the_sentence_ends_on_sources_it_too()
    {
        // What a newspaper says, it reports; a sentence that ends on a named speaker is her account. A speaker whose quoted
        // words end the sentence, or one unnamed, does not source what came before.
        var text = "The minister reportedly apologised to a former aide, the Harbour Gazette says.\n\n"
                   + "The minister reportedly apologised to a former aide, Ann Lee said.\n\n"
                   + "The minister reportedly apologised to a former aide, \"at length,\" Ann Lee said.\n\n"
                   + "The minister reportedly apologised to a former aide, an official said.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe([Vague(5, 14, "reportedly"), Vague(7, 14, "reportedly")]);
    }

    [Fact]
    public void As_revealed_by_or_documented_in_a_named_source_sources_the_sentence()
    {
        // "as" and a participle that makes something known, as "as reported by" does; a named report is a document, and
        // "officials" name no one.
        var text = "It is reported, as revealed by President Ana Lee at a briefing, that the port had a request.\n\n"
                   + "The premier reportedly assured the king of his help, as documented in the Harland Report.\n\n"
                   + "The premier reportedly left, as confirmed by officials.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe([Vague(5, 13, "reportedly")]);
    }

    [Fact]
    public void A_phrase_the_writer_links_or_that_a_link_follows_is_sourced_by_the_link_and_a_site_s_front_page_elsewhere_in_its_sentence_is_not()
    {
        // On the web a report is sourced by linking it: the phrase itself, or the words right after it.
        var text = "It was [reported](https://example.org/ferry) on Monday that the ferry sank.\n\n"
                   + "Crews earn less than they think, as the harbour's crews [reportedly do](https://example.org/pay), and the pier pays less.\n\n"
                   + "The council is reportedly [planning a second fleet](https://example.org/fleet) for the harbour.\n\n"
                   + "The ferry reportedly sank near the [pier](https://example.org) on Monday.\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
            [Vague(7, 11, "reportedly")]);
        var page = "<p>The council is reportedly <a href=\"https://example.org/fleet\">planning a second fleet</a> for the harbour.</p>\n"
                   + "<p>The ferry reportedly sank near the <a href=\"https://example.org/\">pier</a> on Monday.</p>\n";
        AttributionTestKit.Check("a.html", page).ShouldBe(
            [Vague(2, 14, "reportedly")]);
        // Markdown may link with an HTML anchor written inline, as site generators' pages do.
        var markdown = "The council is <a href=\"https://example.org/fleet\">reportedly planning</a> a second fleet.\n\n"
                       + "The ferry reportedly sank near the <a href=\"https://example.org/\">pier</a> on Monday.\n";
        AttributionTestKit.Check("a.md", markdown).ShouldBe(
            [Vague(3, 11, "reportedly")]);
        // A link in the sentence whose text is a report or a publication, or points to one, links the report passed on.
        var linkedReports = "We read [several local reports](https://example.org/a) wherein it was reported that the pier shut.\n\n"
                            + "[In this Harbour Gazette article](https://example.org/b), a clerk has reportedly said the pier shut.\n\n"
                            + "The pier reportedly shut (see [here](https://example.org/c)).\n\n"
                            + "The pier near the [old quay](https://example.org/) reportedly shut.\n\n"
                            + "The crews reportedly walked out at an [early](https://example.org/news/2021/crews-walk-out) hour.\n\n"
                            + "The crews reportedly walked out at an <a href=\"https://example.org/news/2021/crews-walk-out\">early</a> hour.\n\n"
                            + "The crews reportedly walked out, as the [photo](https://example.org/crews.jpg) shows.\n\n"
                            + "The crews [walked out](https://example.org/news/2021/crews-walk-out), a source told the Harbour Board.\n";
        AttributionTestKit.Check("a.md", linkedReports).ShouldBe(
        [
            Vague(7, 52, "reportedly"),
            Vague(13, 11, "reportedly"),
            Vague(15, 71, "a source told"),
        ]);
    }

    [Fact]
    public void Reports_or_sources_among_which_other_counts_a_described_one_are_its_and_others_alone_are_vague()
    {
        var text = "The ferry sank at dawn, the Harbour Gazette and other news reports said.\n\n"
                   + "The pier was shut, the coastguard or other local sources said.\n\n"
                   + "The crew was paid, other reports said. The pier reopened, these and other reports said.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(5, 26, "reports said"),
            Vague(5, 75, "reports said"),
        ]);
    }

    [Fact]
    public void A_phrase_right_after_a_named_publication_s_report_in_its_paragraph_passes_that_report_on()
    {
        var text = "The mayor quit at dawn, the Harbour Gazette reported. She reportedly left by ferry.\n\n"
                   + "The pier was shut, the Harbour Gazette reported.\n\nThe crew was reportedly paid.\n\n"
                   + "Tensions on the council were widely reported. The clerk reportedly resigned.\n\n"
                   + "Several sources reported delays. The ferry reportedly sank.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(5, 14, "reportedly"),
            Vague(7, 57, "reportedly"),
            Vague(9, 44, "reportedly"),
        ]);
    }

    [Fact]
    public void A_sentence_that_says_where_its_report_was_published_sources_it_and_the_next_one_in_its_paragraph()
    {
        var text = "Reported in the Harbour Gazette on Monday, the ferry crew were said to be unpaid. The captain was said to have quit.\n\n"
                   + "The ferry was said to be late, as first reported by Coastal Radio.\n\n"
                   + "Reported on Monday, the ferry crew were said to be unpaid. The captain was said to have quit.\n\n"
                   + "A report by The Harbour Gazette said the pier was shut. The crew were reportedly unpaid.\n\n"
                   + "A report by the Harbour Board said the pier was shut. The crew were reportedly unpaid.\n\n"
                   + "After the strike reported by the Harbour Gazette, the skipper reportedly quit.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(5, 36, "were said to"),
            Vague(5, 72, "was said to"),
            Vague(9, 69, "reportedly"),
            Vague(11, 63, "reportedly"),
        ]);
    }

    [Fact]
    public void The_film_or_the_letter_the_copy_named_sources_what_it_says()
    {
        var text = "The film follows the skipper. According to the film, the skipper was said to be haunted by the storm.\n\n"
                   + "The crew is reportedly suspected of sabotage, according to the outlets.\n\n"
                   + "According to the skipper, the mate was said to be haunted.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe([Vague(5, 36, "was said to")]);
    }

    [Fact]
    public void A_report_from_a_named_issuer_sources_the_sentence_and_a_report_from_a_place_does_not()
    {
        var text = "The council reportedly bought two ferries, according to an exclusive report from Harbour Online.\n\n"
                   + "The council reportedly sold the pier, according to a report from the Harbour Board.\n\n"
                   + "The council reportedly sold a crane, according to a report from HRANA.\n\n"
                   + "The council reportedly sold a dock, according to reports from Gaza.\n\n"
                   + "The pier reportedly collapsed, it was reported from Kyiv.\n\n"
                   + "A report from the Harbour Board said the pier was shut. The crew were reportedly unpaid.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(7, 13, "reportedly"),
            Vague(7, 37, "according to reports"),
            Vague(9, 10, "reportedly"),
            Vague(9, 32, "it was reported"),
            Vague(11, 71, "reportedly"),
        ]);
    }

    [Fact]
    public void A_report_the_next_sentence_says_a_newspaper_published_is_its_and_a_newspaper_in_another_role_sources_nothing()
    {
        var text = "The ferry reportedly sank. This was first reported in the Harbour Gazette.\n\n"
                   + "The ferry reportedly sank. The Harbour Gazette reported on Monday that the pier is shut.\n\n"
                   + "The Harbour Gazette obtained video of the crew. In one clip the skipper reportedly laughs.\n\n"
                   + "The skipper reportedly posted the clip. This was reported in The Pier on Monday.\n\n"
                   + "Delegates reportedly walked out. This was reported in The Hague on Monday.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 11, "reportedly"),
            Vague(5, 73, "reportedly"),
            Vague(9, 11, "reportedly"),
        ]);
    }

    [Fact]
    public void Sources_that_told_another_newspaper_are_its_own_and_those_that_told_the_outlet_or_a_network_are_vague()
    {
        var text = "A source told the Harbour Daily Star the pier was shut.\n\n"
                   + "Sources told The Pier the crew was unpaid.\n\n"
                   + "Sources told CNN the crew was unpaid.\n\n"
                   + "A source told the Harbour Board the pier was shut.\n\n"
                   + "The skipper reportedly told the Harbour Gazette that he would sue.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(5, 1, "Sources told"),
            Vague(7, 1, "A source told"),
        ]);
        AttributionTestKit.Check("a.txt", "Sources told the Guardian the crew was unpaid.\n", outlet: "guardian").ShouldBe(
            [Vague(1, 1, "Sources told")]);
    }

    [Fact]
    public void A_meeting_s_record_reports_what_the_meeting_heard_and_a_news_story_does_not()
    {
        var minutes = "Apologies for absence were received from the harbour master.\n\n"
                      + "It was reported that the pier lights have failed. It is believed a new cable is needed.\n\n"
                      + "The clerk proposed a repair, seconded by Cllr Lee. The crew reportedly agreed.\n";
        AttributionTestKit.Check("a.txt", minutes).ShouldBe(
            [Vague(5, 61, "reportedly")]);
        var story = "The council met on Monday, when the repair was seconded by Cllr Lee.\n\n"
                    + "It is believed a new cable is needed.\n";
        AttributionTestKit.Check("a.txt", story).ShouldBe(
            [Vague(3, 1, "It is believed")]);
    }

    [Fact]
    public void A_newspaper_that_speaks_before_the_phrase_is_its_source_whatever_its_verb()
    {
        var text = "The Harbour Gazette claimed to have called the council, whose clerk is said to have confirmed the cuts.\n\n"
                   + "The harbour master claimed to have called the council, whose clerk is said to have confirmed the cuts.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 68, "is said to"),
        ]);
    }

    [Fact]
    public void Sources_a_publication_quotes_or_cites_are_its_own_and_those_officials_cite_are_not()
    {
        var text = "According to sources quoted by the Harbour Gazette, the ferry sank.\n\n"
                   + "The pier was shut, according to reports cited in the Times.\n\n"
                   + "According to sources cited by officials, the crew was paid.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
            [Vague(5, 1, "According to sources")]);
    }

    [Fact]
    public void A_term_defined_by_is_said_to_be_and_a_condition_is_the_writer_s_definition_and_a_reported_state_is_vague()
    {
        var text = "A crossing is said to be complete once the ferry docks. Two routes are said to be parallel if they never meet.\n\n"
                   + "The ferry is said to be late again. The captain was said to be ill when the ferry sailed.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 11, "is said to"),
            Vague(3, 49, "was said to"),
        ]);
    }

    [Fact]
    public void A_term_defined_after_a_condition_that_opens_the_sentence_is_the_writer_s_definition()
    {
        // The condition first, then the term its subject meets; a relative clause's "who is said to" inside it still reports.
        var text = "When a ferry waits at the pier for the tide, it is said to be \"berthed\". If two routes never meet, then they are said to be parallel.\n\n"
                   + "When I met the captain, who is said to be ill, the ferry sailed.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 29, "is said to"),
        ]);
    }

    [Fact]
    public void A_class_named_by_a_relative_clause_in_the_present_is_defined_and_given_people_are_reported_on()
    {
        // A class by its condition, a saying or a definition; then given people, a past clause, a relative subject and a claim.
        var text = "Skippers who sail without a licence are said to be unlicensed. Those who ignore the tide are said to regret it.\n\n"
                   + "The skippers who sail tonight are said to be tired. Crews who fled the storm are said to be safe.\n\n"
                   + "Ferries carry tape on their windows, which is said to stop them shattering. Claims that the ferry sank are said to be false.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 31, "are said to"),
            Vague(3, 78, "are said to"),
            Vague(5, 44, "is said to"),
            Vague(5, 104, "are said to"),
        ]);
    }

    [Fact]
    public void A_passive_of_thinking_of_or_understanding_as_says_how_a_thing_is_regarded_and_sources_no_claim()
    {
        var text = "In the town it is understood as a place to fish. It is understood as a promise to the town.\n\n"
                   + "It is understood that the pier is shut.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 1, "It is understood"),
        ]);
    }

    [Fact]
    public void It_is_thought_hedges_what_no_one_can_know_and_is_no_vague_source_by_default()
    {
        AttributionTestKit.Check("a.txt", "It is thought the last duel in the town was fought in 1850. It is believed the pier is shut.\n").ShouldBe(
        [
            Vague(1, 61, "It is believed"),
        ]);
    }

    [Fact]
    public void An_incident_reported_in_a_clause_of_time_or_condition_is_no_hedge()
    {
        var text = "The guide says what happens after it is reported, and who calls once it is reported to the dean.\n\n"
                   + "Classes stopped after it was reported that the roof leaked. The patch was pulled after it was reported to have broken the build.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 23, "it was reported"),
            Vague(3, 88, "it was reported"),
        ]);
    }

    [Fact]
    public void A_bracketed_list_of_dated_sources_after_the_sentence_cites_it()
    {
        var text = "Quarlow also reportedly flew aides to the 2001 Harbour Cup and gave each chips on a ship owned by Mr. Quarlow. "
                   + "[Kestrelweek, 1/16/06; Fenwick Post, 3/5/05; The Quay, 12/7/05]\n\n"
                   + "The skipper reportedly paid the crew. The crew left.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 13, "reportedly"),
        ]);
    }

    [Fact]
    public void A_report_after_a_publication_s_name_names_where_it_was_reported()
    {
        var text = "In a recent Harbour Daily Times article, it was reported that the pier would close.\n\n"
                   + "In a recent harbour article, it was reported that the ferry would stop.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 30, "it was reported"),
        ]);
    }

    [Fact]
    public void A_bill_reported_to_a_chamber_or_out_of_committee_is_no_hedge()
    {
        var text = "The ferry bill has waited since it was reported to the full Senate in March. It was reported out of the Harbour "
                   + "Committee in May.\n\nFares have risen since it was reported that the pier would close.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(3, 24, "it was reported"),
        ]);
    }

    [Fact]
    public void A_passive_report_followed_by_who_reported_it_or_where_is_sourced_and_a_day_a_place_or_a_nameless_agent_is_not()
    {
        var text = "It was reported by Reuters that the ferry sank.\n\n" +
                   "It is reported at the official blog of the harbour that the pier reopens.\n\n" +
                   "It was reported in the New York Times that the ferry sank.\n\n" +
                   "It was reported on the front page of the Tarn Leader last month that the ferry sank.\n\n" +
                   "It was reported on Monday that the ferry sank.\n\n" +
                   "It was reported in the Harbour district that the ferry sank.\n\n" +
                   "It was reported by officials that the ferry sank.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(9, 1, "It was reported"),
            Vague(11, 1, "It was reported"),
            Vague(13, 1, "It was reported"),
        ]);
        // The phrase is quoted as it reads, without the Markdown emphasis inside it.
        AttributionTestKit.Check("a.md", "It was **reported** on Monday that the ferry sank.\n").ShouldBe(
            [Vague(1, 1, "It was reported")]);
        // A belief whose holder the passive names is theirs.
        AttributionTestKit.Check("a.txt", "It is understood by all sides that the crossing may be delayed.\n\n" +
                                          "Staff must ensure it is understood by every passenger.\n\nIt is understood the crossing may be delayed.\n")
            .ShouldBe([Vague(5, 1, "It is understood")]);
        // Reports the phrase says are a publication's are that publication's; reports of a day are anyone's.
        AttributionTestKit.Check("a.txt", "The ferry's crew were moved to a hotel, according to reports by Harbour Radio.\n\n" +
                                          "The pier reopened, according to reports on Monday.\n").ShouldBe(
            [Vague(3, 20, "according to reports")]);
        // When the reports came out may stand before where.
        AttributionTestKit.Check("a.txt", "According to reports most recently in the Harbour Gazette, the ferries run late.\n\n" +
                                          "According to reports most recently on Monday, the ferries run late.\n").ShouldBe(
            [Vague(3, 1, "According to reports")]);
    }

    [Fact]
    public void A_cue_that_is_not_the_phrases_source_leaves_it_vague()
    {
        var text = "The depot, where dozens of families have reportedly sheltered, was hit again, Mayor Ruiz added.\n\n" +
                   "The ferry reportedly sank, according to local reports.\n\n" +
                   "Harbour officials said the ferry was late. It reportedly sank at dawn.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            Vague(1, 42, "reportedly"),
            Vague(3, 11, "reportedly"),
            Vague(5, 47, "reportedly"),
        ]);
    }

    [Fact]
    public void A_letter_printed_in_full_after_a_release_sources_its_claims_as_its_writer_did()
    {
        // "is below:" puts the whole letter after the release: its date, its salutation and its paragraphs.
        const string Release = "Senator Ann Lee wrote to the harbour board today about the ferry.\n\n"
                               + "The full text of the letter is below:\n\nMarch 3, 2007\n\nDear Chairman Roe:\n\n"
                               + "I write about the ferry, which reportedly sailed without its lifeboats.\n\nIt was also reported that the crew were unpaid.\n";
        AttributionTestKit.Check("a.txt", Release).ShouldBeEmpty();
        // A statement read out introduces the paragraph after it only: the release's own words resume.
        AttributionTestKit.Check("a.txt", "Senator Ann Lee spoke today. Her statement reads:\n\nThe ferry must sail safely.\n\n"
                                          + "The ferry reportedly sailed without its lifeboats.\n")
            .ShouldBe([Vague(5, 11, "reportedly")]);
    }

    [Fact]
    public void A_letter_a_release_prints_after_its_salutation_sources_its_claims_as_its_writer_did()
    {
        // No lead-in says the letter follows ("The letter is attached."), but its salutation opens it: from there on the
        // sourcing is the senators', the release's before it.
        const string Release = "The ferry reportedly sailed late again. The senators wrote to the board. The letter is attached.\n\n"
                               + "March 3, 2007\n\nDear Chairman Roe:\n\n"
                               + "We write about the ferry, which reportedly sailed without its lifeboats.\n\nIt was also reported that the crew were unpaid.\n";
        AttributionTestKit.Check("a.txt", Release).ShouldBe([Vague(1, 11, "reportedly")]);
        // A "Dear" that opens a sentence of the release's prose is no salutation.
        AttributionTestKit.Check("a.txt", "Dear readers, the ferry reportedly sailed late again, and the crew reportedly went unpaid for weeks.\n")
            .ShouldBe([Vague(1, 25, "reportedly"), Vague(1, 68, "reportedly")]);
    }

    [Fact]
    public void A_headline_is_shorthand_for_its_body_and_a_crosshead_too()
    {
        var text = "# Mayor reportedly quits after ferry row\n\n" +
                   "The mayor of the port town resigned on Friday, according to the town clerk.\n\n" +
                   "## Council is said to be split\n\n" +
                   "Two councillors reportedly voted against the budget.\n";
        AttributionTestKit.Check("a.md", text).ShouldBe(
        [
            Vague(7, 17, "reportedly"),
        ]);
    }

    [Fact]
    public void Sourcing_inside_reproduced_text_is_its_writers()
    {
        var text = "The mayor replied within minutes: Crews reportedly fixed the main overnight. " +
                   "pic.twitter.com/x7Yq2 — Ana Ruiz (@anaruiz) March 14, 2022\n\nThe council, meanwhile, stayed silent.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void Anonymity_without_a_reason_is_reported_only_when_the_profile_requires_a_reason()
    {
        const string text = "Moscow also asked Beijing for economic assistance, The New York Times said, citing anonymous officials.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", text, AttributionTestKit.ReasonRequired, "strict")
            .ShouldBe(["ED3003 (1,84): Anonymous source 'anonymous officials': the outlet's policy asks why the source cannot be named"]);
    }

    [Theory]
    // ap/003.txt lines 19 and 75: each gives a reason.
    [InlineData("Overall, almost all Russian military offensives have stalled, according to a senior US defense official who spoke on condition of anonymity to discuss the Pentagon assessment.")]
    [InlineData("Two administration officials, speaking on condition of anonymity to discuss sensitive information, said China had signaled to Moscow that it would be willing to help.")]
    [InlineData("A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks would resume.")]
    [InlineData("A senior U.S. defense official, who spoke on condition of anonymity under Pentagon ground rules, said Russia had fired about 3,000 missiles.")]
    public void Anonymity_with_a_reason_is_not_reported(string text)
    {
        AttributionTestKit.Check("a.txt", text + "\n", AttributionTestKit.ReasonRequired, "strict").ShouldBeEmpty();
    }

    [Fact]
    public void A_reason_is_required_after_the_anonymity_marker()
    {
        AttributionTestKit.Check("a.txt", "A senior official said, on condition of anonymity, that the talks would resume.\n", AttributionTestKit.ReasonRequired, "strict")
            .ShouldBe(["ED3003 (1,25): Anonymous source 'on condition of anonymity': the outlet's policy asks why the source cannot be named"]);
    }

    [Fact]
    public void An_outlet_extends_the_lists()
    {
        var profiles = Profiles.ProfileSet.Load([new Profiles.ProfileSource("rules/wire.yml",
            "name: wire\ntitle: Wire\nlists:\n  vague-sourcing: [insiders say]\n  reporting-verbs: [briefed]\n  contested-events: [looted]\n")], RuleCatalog.Vocabulary);
        var text = "Insiders say the deal is close.\n\nTwelve shops were looted, the mayor briefed.\n";
        AttributionTestKit.Check("a.txt", text, profiles, "wire")
            .ShouldBe([Vague(1, 1, "Insiders say")]);
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }
}
