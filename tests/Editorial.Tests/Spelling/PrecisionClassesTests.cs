namespace Editorial.Tests.Spelling;

/// <summary>
/// The reject classes of the blind judging of issue 12's spelling findings: a quotation or a reproduced document keeps its
/// original spelling whatever the outlet's style; a caption repeated under each photo votes once; two forms that tie in
/// a page run together into one line have no majority; a question of a headline's length is a subheading; a noun never
/// takes the hyphen of a modifier.
/// </summary>
public class PrecisionClassesTests
{
    private static List<string> Lines(string text, string? outlet = null) => SpellingCheck.Lines(text, outlet);

    private static List<string> Corpus(string outlet, params string[] texts) => SpellingCheck.Corpus(outlet, texts);

    // Quotations keep their spelling, even against the outlet's style

    [Fact]
    public void A_quoted_abbreviation_keeps_its_form_against_the_outlet_s_setting()
    {
        // AP writes "U.S." in text; the speaker's "US" is the transcript's, and only the writer's own "US" is reported.
        Lines("The U.S. team landed. “The US will not wait,” the envoy said. US aid followed.", "ap").ShouldBe(
        [
            "a.txt(1,63,1,65): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        ]);
    }

    [Fact]
    public void A_quoted_time_keeps_its_form_against_the_outlet_s_setting()
    {
        var house = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nsettings:\n  time-format: hh:mm\n")],
            Engine.RuleCatalog.Vocabulary), SpellingCheck.Rules);
        house.Check([new Engine.ArticleInput("a.txt", "The ferry left at 0615 GMT. “We sail at 0930 GMT every day,” the captain said.", new(defaultOutlet: "desk"))])
            .Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(1,19,1,23): warning ED1008: '0615' should be '06:15' (desk style) => 06:15",
        ]);
    }

    [Fact]
    public void A_quoted_spelling_is_not_aligned_with_the_outlet_s_other_articles()
    {
        // Three AP articles write "videoconference"; the fourth writes it open only inside a spokesman's words.
        Corpus("ap",
            "Leaders met by videoconference on Monday.",
            "The videoconference ended early.",
            "A videoconference is planned for May.",
            "“The video conference went well,” the spokesman said.").ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_whose_opening_mark_an_export_doubled_keeps_its_spelling()
    {
        // "““" and "\"“" open one quotation: the speaker's "centre" is his, in the article's American spelling.
        Lines("The center reopened. The center was full. The color faded. He said: ““The centre will stay open all week.”").ShouldBeEmpty();
        Lines("The center reopened. The center was full. The color faded. He said: \"“The centre will stay open all week.”").ShouldBeEmpty();
    }

    // Reproduced posts

    [Fact]
    public void A_post_the_article_quotes_and_then_embeds_is_the_poster_s_words()
    {
        // The embed prints the quoted post again, unmarked and unsigned: its "UN" is the minister's, not the article's.
        const string text = "The U.N. answered on Monday. The U.N. office denied it. " +
                            "“We ask the UN to refute these reports without delay. UN credibility is at stake,” the minister wrote on Tuesday. " +
                            "Shame on them all. We ask the UN to refute these reports without delay. UN credibility is at stake. " +
                            "The U.N. did not reply.";
        Lines(text).ShouldBeEmpty();
        // Written by the article itself, the same words are reported.
        Lines("The U.N. answered on Monday. The U.N. office denied it. The minister asked the UN to refute these reports without delay.")
            .ShouldBe(
        [
            "a.txt(1,80,1,82): info ED1006: 'UN' should be 'U.N.' (as in the rest of this article) => U.N.",
        ]);
    }

    [Fact]
    public void A_statement_pasted_after_the_sentence_naming_it_is_its_author_s_words()
    {
        // American copy; the dean's statement, pasted in the first person without marks, writes British "honour".
        const string story = "The center closed on Monday. Its program ended and the color guard left. " +
                             "In a statement released on Friday, the dean said she would act. ";
        Lines(story + "I was saddened to learn of this. We honour every student. The inquiry went on.").ShouldBeEmpty();
        // Reported in the third person, the same word is the article's own.
        Lines(story + "The college would honour every student, she said.").ShouldBe(
        [
            "a.txt(1,156,1,162): info ED1003: 'honour' is British spelling; this article uses American spelling: 'honor' => honor",
        ]);
    }

    // Repeated captions vote once

    [Fact]
    public void A_caption_repeated_under_each_photo_votes_once()
    {
        const string caption = "Rescuers search a house destroyed by shelling in Vorodianka, near the capital, on Monday. ";
        var text = "Crews reached Vorodyanka at dawn. Residents of Vorodyanka waited. " + caption + "A woman stands outside. " + caption +
                   "A dog waits by a gate. " + caption + "Smoke rises. " + caption;
        // Four "Vorodianka" in one repeated caption are one vote against two "Vorodyanka": the body's spelling is no slip of it.
        Lines(text).ShouldBeEmpty();
    }

    [Fact]
    public void An_abbreviation_in_a_repeated_caption_votes_once()
    {
        const string caption = "Troops unload US rifles at a depot in the east, officials said on Friday. ";
        var text = "The U.S. shipment arrived. The U.S. envoy praised it. " + caption + "A crane lifts crates. " + caption + "Guards watch. " + caption;
        Lines(text).ShouldBe(
        [
            "a.txt(1,69,1,71): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
            "a.txt(1,165,1,167): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
            "a.txt(1,253,1,255): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    // No real majority

    [Fact]
    public void Two_forms_tying_in_a_page_run_together_into_one_line_are_a_tie()
    {
        // A later form contradicts an earlier one only inside a real paragraph: a page exported as one line has lost them.
        var filler = string.Concat(Enumerable.Repeat("The talks went on through the night and into the morning. ", 30));
        Lines("The U.S. envoy spoke. " + filler + "Later the US side left.").ShouldBeEmpty();
        Lines("The U.S. envoy spoke. Later the US side left.").ShouldBe(
        [
            "a.txt(1,33,1,35): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void British_copy_settles_a_tie_of_abbreviations_without_points()
    {
        // A British desk with no abbreviation setting: "U.S." then "US" ties, and British style writes "US", so the later "US"
        // contradicts nothing; a later "U.S." after "US" does. Without a locale the later form departs either way.
        var british = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nlocale: en-GB\n")],
            Engine.RuleCatalog.Vocabulary), SpellingCheck.Rules);
        List<string> Check(string text) => british.Check([new Engine.ArticleInput("a.txt", text, new(defaultOutlet: "desk"))])
            .Where(d => d.Id == "ED1006").Select(SpellingCheck.Line).ToList();
        Check("A U.S. estimate came first. The US is said to press for talks.").ShouldBeEmpty();
        Check("The US estimate came first. The U.S. is said to press for talks.").ShouldBe(
        [
            "a.txt(1,33,1,37): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        ]);
        Lines("A U.S. estimate came first. The US is said to press for talks.").ShouldBe(
        [
            "a.txt(1,33,1,35): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void Letters_after_a_name_that_opens_the_sentence_are_part_of_that_name()
    {
        // "Tarvo US" is a company: its first word is no English word, whose capital would be the sentence's alone.
        Lines("The U.S. envoy landed. The U.S. delegation met the minister. Tarvo US sells ferries to the port.").ShouldBeEmpty();
        Lines("The U.S. envoy landed. The U.S. delegation met the minister. Later US ferries sailed to the port.").ShouldBe(
        [
            "a.txt(1,68,1,70): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void Abbreviations_inside_names_contest_a_majority_of_the_running_text()
    {
        // Running text: "U.S." twice, "US" once; inside names "US" twice more. The writer's choice is no majority of either.
        Lines("The U.S. response came fast. US Trade Representative Ana Ruiz spoke. The U.S. plan was set. " +
              "US Senator Tom Hale agreed. Jailed US citizens were freed.").ShouldBeEmpty();
        Lines("The U.S. response came fast. The U.S. plan was set. Jailed US citizens were freed.").ShouldBe(
        [
            "a.txt(1,60,1,62): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    // Subheadings run into the text

    [Fact]
    public void A_question_of_a_headline_s_length_is_a_subheading()
    {
        Lines("The U.S. imposed sanctions on Monday. The U.S. Treasury named ten banks. What did the US freeze? " +
              "Assets held abroad were frozen.").ShouldBeEmpty();
        // The outlet's headline style ("US" in AP's headlines) is not held against it: a story's subheads are written as its text.
        Lines("The U.S. imposed sanctions on Monday. The U.S. Treasury named ten banks. WHAT DID THE U.S. OFFER? " +
              "Talks resumed on Friday.", "ap").ShouldBeEmpty();
    }

    // Nouns and modifiers

    [Fact]
    public void A_noun_takes_the_spaced_form_where_the_hyphen_is_the_modifier_s()
    {
        // AP's articles write "front-line units" and "the front line"; a noun "frontline" becomes "front line".
        Corpus("ap",
            "The front-line units held. The front line moved.",
            "The front-line towns emptied.",
            "The front-line medics worked on.",
            "Troops reached the frontline on Monday.").ShouldBe(
        [
            "x/4.txt(1,20,1,29): info ED1005: 'frontline' is spelled 'front line' in most Associated Press articles (3 of 4) => front line",
        ]);
    }
}
