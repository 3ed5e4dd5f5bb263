namespace Editorial.Tests.Hygiene;

public class RepeatedTextTests
{
    [Fact]
    public void A_paragraph_pasted_twice_is_reported_at_the_second_and_removed()
    {
        const string text = "The talks ended without a breakthrough.\n\nRussia and Ukraine held a new round of talks.\n\nRussia and Ukraine held a new round of talks!\n\nEnd.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(5,1): ED4002: Paragraph repeats line 3: 'Russia and Ukraine held a new round of talks!'");
        finding.RelatedLocations.Single().LineSpan.StartLine.ShouldBe(3);
        HygieneRun.ApplyFix(text, finding).ShouldBe("The talks ended without a breakthrough.\n\nRussia and Ukraine held a new round of talks.\n\nEnd.");
    }

    [Fact]
    public void A_sentence_repeated_inside_another_paragraph_is_reported_without_a_fix()
    {
        const string text = "Talks went on. The claim could not be independently verified by reporters.\n\nThe claim could not be independently  verified by reporters. Shells fell on Irpin.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(3,1): ED4002: Sentence repeats line 1: 'The claim could not be independently  verified by reporters.'");
        finding.Fix.ShouldBeNull();
    }

    [Fact]
    public void A_repeated_sentence_that_a_line_break_wraps_is_quoted_on_one_line()
    {
        // Every host prints a finding on one line (MSBuild's canonical format, an editor's problem list).
        const string text = "Talks went on. These are obstacles the crews live\r\nwith.\r\n\r\nThese are obstacles the crews live\r\nwith. Shells fell.\r\n";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(4,1): ED4002: Sentence repeats line 1: 'These are obstacles the crews live with.'");
    }

    [Fact]
    public void Sentences_read_in_an_earlier_article_are_compared_as_in_a_fresh_one()
    {
        // Each sentence's folded words are kept by sentence: the second article reads the first's sentences from what was kept.
        const string first = "Talks went on. The claim could not be independently verified by reporters. Shells fell on Irpin.";
        HygieneRun.Text(first).ShouldBeEmpty();
        const string second = "Talks went on. The claim could not be independently verified by reporters.\n\nThe claim could not be independently verified by reporters. Shells fell on Irpin.";
        HygieneRun.Text(second).Select(HygieneRun.Describe).ShouldBe(
            ["a.txt(3,1): ED4002: Sentence repeats line 1: 'The claim could not be independently verified by reporters.'"]);
        HygieneRun.Text(first).ShouldBeEmpty();
    }

    [Fact]
    public void A_text_repeated_three_times_is_reported_once_and_its_fix_removes_every_copy_in_a_row()
    {
        // One fix leaves the text once: removing the first copy alone would set the next beside its twin, to be fixed again.
        const string text = "The river rose again.\n\nRescue teams searched the flooded valley overnight.\n\n"
            + "Rescue teams searched the flooded valley overnight.\n\nRescue teams searched the flooded valley overnight.\n\nThe rain stopped.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(5,1): ED4002: Paragraph repeats line 3: 'Rescue teams searched the flooded valley overnight.'");
        HygieneRun.ApplyFix(text, finding).ShouldBe("The river rose again.\n\nRescue teams searched the flooded valley overnight.\n\nThe rain stopped.");
    }

    [Fact]
    public void Repeats_further_apart_are_the_page_s_layout()
    {
        // A summary line repeated as the lede's sentence, a caption repeated under a later photo, a live blog's recap.
        const string text = "The council approved a new budget for road repairs.\n\nThe vote was close. The council approved a new budget for road repairs "
            + "after a long debate.\n\nA photo shows the town hall at night in winter.\n\nThe mayor spoke first.\n\n"
            + "A photo shows the town hall at night in winter.\n\nResidents asked questions. It takes nine votes to pass a budget here.\n\n"
            + "The debate ran late.\n\nIt takes nine votes to pass a budget here. The meeting closed.";
        HygieneRun.Text(text).Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }

    [Fact]
    public void A_roster_s_item_repeated_as_its_section_s_title_is_the_page_s_layout()
    {
        // "The following will serve:", the roster, then each entry in bold over its biography.
        const string roster = "The board named the following member:\n\n-   Ann Lee, Nominee for Member of the Harbour Board\n\n"
            + "**Ann Lee, Nominee for Member of the Harbour Board**\n\nAnn Lee has run the ferry office since 2019.\n";
        HygieneRun.File("a.md", roster).Where(d => d.Id == "ED4002").ShouldBeEmpty();
        // An item pasted again as running text is a repeat.
        HygieneRun.File("a.md", roster.Replace("**Ann Lee, Nominee for Member of the Harbour Board**", "Ann Lee, Nominee for Member of the Harbour Board"))
            .Where(d => d.Id == "ED4002").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(5,1): ED4002: Paragraph repeats line 3: 'Ann Lee, Nominee for Member of the Harbour Board'"]);
    }

    [Fact]
    public void A_block_quote_that_repeats_the_copy_beside_it_is_a_pull_quote()
    {
        // A line of the story set apart in large type, after its paragraph or after the sentence that ends it.
        const string story = "The harbour board met on Monday.\n\nA spokesperson for the harbour board said that no ferry jobs were at risk.\n\n"
            + "> A spokesperson for the harbour board said that no ferry jobs were at risk\n\n"
            + "The vote was close. In the end the board agreed to keep every pier open all winter.\n\n"
            + "> In the end the board agreed to keep every pier open all winter\n";
        HygieneRun.File("a.md", story).Where(d => d.Id == "ED4002").ShouldBeEmpty();
        // A block quote pasted twice is a repeat like any other.
        HygieneRun.File("a.md", story.Replace("A spokesperson for the harbour board said that no ferry jobs were at risk.\n\n>", "> A spokesperson for the harbour board said that no ferry jobs were at risk\n\n>"))
            .Where(d => d.Id == "ED4002").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(5,3): ED4002: Paragraph repeats line 3: 'A spokesperson for the harbour board said that no ferry job…'"]);
    }

    [Fact]
    public void A_caption_a_page_s_caption_widget_prints_twice_is_its_layout()
    {
        // The whole caption, then the same cut short for small screens in the page's own caption element.
        const string page = "<p>The ferry sailed at noon.</p>\n<p>The harbour master waves the first ferry out of the north pier.</p>\n"
            + "<div class=\"caption-truncated\"><p>The harbour master waves the first ferry out of the north pier.</p></div>\n";
        HygieneRun.File("a.html", page).Where(d => d.Id == "ED4002").ShouldBeEmpty();
        HygieneRun.File("a.html", page.Replace("caption-truncated", "story-body"))
            .Where(d => d.Id == "ED4002").Count().ShouldBe(1);
    }

    [Fact]
    public void A_link_s_label_under_each_of_a_page_s_images_is_its_layout()
    {
        // Each cartoon's label links its own full-sized image.
        const string page = "<p>This month's ferry cartoons.</p>\n<a href=\"a-large.png\"><p>Click here to see the full-sized ferry cartoon</p></a>\n"
            + "<a href=\"b-large.png\"><p>Click here to see the full-sized ferry cartoon</p></a>\n";
        HygieneRun.File("a.html", page).Where(d => d.Id == "ED4002").ShouldBeEmpty();
        // Without the links, the same words twice are a paste.
        HygieneRun.File("a.html", page.Replace("<a href=\"a-large.png\">", "").Replace("<a href=\"b-large.png\">", "").Replace("</a>", ""))
            .Where(d => d.Id == "ED4002").Count().ShouldBe(1);
    }

    [Theory]
    // The same requirement in two columns of a table, in Markdown and in HTML: the table's data, whose row no fix may delete.
    [InlineData("a.md", "The crossings compared.\n\n| Pier | Summer | Winter |\n|---|---|---|\n| North | Tickets are sold on board the ferry. | Tickets are sold on board the ferry. |\n")]
    [InlineData("a.html", "<p>The crossings compared.</p>\n<table><tr><td>North</td><td>Tickets are sold on board the ferry.</td><td>Tickets are sold on board the ferry.</td></tr></table>\n")]
    public void A_table_cell_that_repeats_the_cell_beside_it_is_the_table_s_data(string path, string page)
    {
        HygieneRun.File(path, page).ShouldBeEmpty();
    }

    [Fact]
    public void Items_that_differ_only_in_the_code_they_end_with_are_no_repeat()
    {
        // The prose of each item is the same; the code after it is what the list enumerates.
        var findings = HygieneRun.File("a.md",
            "The ferry's log for the day:\n\n1. The ferry left the harbour with its flag set to `\"blue\"`\n1. The ferry left the harbour with its flag set to `\"green\"`\n");
        findings.ShouldBeEmpty();
        HygieneRun.File("a.md",
            "The ferry's log for the day:\n\n1. The ferry left the harbour with its flag set to `\"blue\"`\n1. The ferry left the harbour with its flag set to `\"blue\"`\n").Select(HygieneRun.Describe).ShouldBe(
            ["a.md(4,4): ED4002: Paragraph repeats line 3: 'The ferry left the harbour with its flag set to `\"blue\"`'"]);
        // Code differs by the punctuation that folding prose leaves out: too few words of prose to compare without it.
        HygieneRun.File("a.md",
            "Paths:\n\n- The path `..\\Harbour Log` resolves as `C:\\Harbour Log`\n- The path `\\Harbour Log` resolves as `C:\\Harbour Log`\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_headline_repeated_as_the_standfirst_is_the_layout()
    {
        var findings = HygieneRun.File("a.md",
            "# Flood waters reach the old town square\n\nFlood waters reach the old town square\n\nThe river rose overnight.\n");
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_page_s_first_heading_that_repeats_its_front_matter_title_with_more_words_is_the_layout()
    {
        const string page = "---\ntitle: \"How to: Book a ferry crossing\"\n---\n\n# How to: Book a ferry crossing online\n\nOpen the timetable first.\n";
        HygieneRun.File("a.md", page)
            .Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }

    [Fact]
    public void A_caption_pasted_twice_after_the_front_matter_title_is_still_reported()
    {
        const string page = "---\ntitle: \"Ferries return\"\n---\n\nPassengers wait on the harbour wall at dawn\n\nPassengers wait on the harbour wall at dawn (Photo: Jane Roe)\n\nThe ferries sailed again.\n";
        HygieneRun.File("a.md", page)
            .Where(d => d.Id == "ED4002").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(5,1): ED4002: Line is repeated at the start of line 7 (a caption pasted twice): 'Passengers wait on the harbour wall at dawn'"]);
    }

    [Fact]
    public void A_line_that_ends_with_an_image_is_no_caption_with_a_credit()
    {
        // The image's closing parenthesis is no bracketed credit: the second line is a sentence that goes on, with a photo.
        const string page = "Passengers wait on the harbour wall at dawn\n\nPassengers wait on the harbour wall at dawn for the first ferry ![Pier](pier.jpg)\n";
        HygieneRun.File("a.md", page)
            .Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }

    [Fact]
    public void Repeats_inside_a_page_merged_onto_one_line_are_the_page_s_layout()
    {
        // A summary bullet repeated in the body and a caption under two photos, with the rest of the page, on one line.
        const string text = "- The council approved a new budget for road repairs on Monday. The vote was close. Some members left early. "
            + "A photo shows the town hall at night in winter. The mayor spoke first. Residents asked questions. The debate ran late. "
            + "The council approved a new budget for road repairs on Monday. A photo shows the town hall at night in winter. It ended.";
        HygieneRun.Text(text).Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }

    [Fact]
    public void A_quoted_sentence_said_twice_takes_the_quotation_severity()
    {
        const string text = "The mayor spoke at the bridge. “We will rebuild every house on this street.”\n\n"
            + "“We will rebuild every house on this street.” She said it twice.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(3,2): ED4002: Sentence repeats line 1: '“We will rebuild every house on this street.”'");
        finding.Severity.ShouldBe(Diagnostics.Severity.Suggestion);
    }

    [Theory]
    [InlineData("“No,” he said.\n\n“No,” he said.")]
    [InlineData("It was very scary. It was very scary.")]
    [InlineData("Talks resume on Monday in Belarus\n\nTalks resume on Monday in Belarus, officials said, after a week.")]
    public void Short_repeats_and_a_headline_that_opens_a_sentence_are_left_alone(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }
}
