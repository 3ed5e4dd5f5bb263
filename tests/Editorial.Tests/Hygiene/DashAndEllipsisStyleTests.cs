namespace Editorial.Tests.Hygiene;

public class DashAndEllipsisStyleTests
{
    [Fact]
    public void An_unspaced_em_dash_in_an_article_of_spaced_en_dashes_is_reported_and_replaced()
    {
        const string text = "Kyiv – the capital – was shelled. Lviv—in the west—was calm. Irpin – a suburb – was hit.";
        var findings = HygieneRun.Text(text);
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(1,39): ED4006: Unspaced em dash (—) in 2 places in an article that uses spaced en dash ( – ) 4 times",
        ]);
        findings[0].RelatedLocations.Select(l => l.ToString()).ShouldBe(["a.txt(1,51,1,52)"]);
        // One decision for the article: the fix rewrites every departure and keeps the text between them.
        HygieneRun.ApplyFix(text, findings[0]).ShouldBe("Kyiv – the capital – was shelled. Lviv – in the west – was calm. Irpin – a suburb – was hit.");
    }

    [Fact]
    public void A_headline_s_dash_and_a_dash_left_between_two_sentences_are_no_dashes_of_the_copy()
    {
        // The headline's template separator and a stripped caption's hyphen between sentences count for neither style.
        const string page = "# Ferry returns to the pier - Harbour Hour\n\nThe ferry – late again – docked at noon. - In this picture the pier is shown. "
            + "The crew – tired – went home.\n";
        HygieneRun.File("a.md", page)
            .Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // The same spaced hyphen inside a sentence is a dash, and the minority.
        HygieneRun.Text("The ferry – late again – docked at noon. The crew - tired - went home. The pier – old – held.")
            .Select(HygieneRun.Describe).ShouldBe(["a.txt(1,51): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses spaced en dash ( – ) 4 times"]);
    }

    [Fact]
    public void A_dash_beside_a_stop_a_comma_or_a_colon_is_what_a_stripped_element_left()
    {
        // An embedded post or a caption taken out of the page leaves its dash among stray marks; the copy's dashes stand
        // between words.
        HygieneRun.Text("The ferry – late again – docked at noon. , - 05: The pier was shut. The crew left. - \"We are tired,\" one said. "
                        + "The harbour - : '' The tide – high – turned.").Where(d => d.Id == "ED4006").ShouldBeEmpty();
    }

    [Fact]
    public void A_dash_in_the_text_of_a_link_to_a_page_is_the_cited_title_s()
    {
        // The cited page's title keeps its site's hyphen; the copy's own dashes are en dashes throughout.
        const string page = "The pier – shut since May – reopens on Monday. **In detail:** [Harbour Works Plan - 2020](https://example.org/plans/harbour-2020). "
            + "The ferry – late again – docked.\n";
        HygieneRun.File("a.md", page).Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // The same hyphen in the copy is a dash of the copy's.
        HygieneRun.File("a.md", page.Replace("[Harbour Works Plan - 2020](https://example.org/plans/harbour-2020)", "the plan - due in 2020 - stands"))
            .Where(d => d.Id == "ED4006").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(1,72): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses spaced en dash ( – ) 4 times"]);
    }

    [Fact]
    public void A_spaced_hyphen_with_extra_spaces_is_replaced_with_all_its_spaces()
    {
        const string text = "Lviv—in the west—was calm. Kyiv—the capital—was shelled. Aid came  -  slowly.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,68): ED4006: Spaced hyphen as a dash ( - ) in an article that uses unspaced em dash (—) 4 times");
        HygieneRun.ApplyFix(text, finding).ShouldBe("Lviv—in the west—was calm. Kyiv—the capital—was shelled. Aid came—slowly.");
    }

    [Fact]
    public void On_a_tie_a_dash_sets_the_style_over_a_hyphen_standing_in_for_one()
    {
        HygieneRun.Text("The crew worked late - the ferry was due - and slow. Our mission—safe crossings—is old.")
            .Select(HygieneRun.Describe).ShouldBe(["a.txt(1,22): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses unspaced em dash (—) 2 times"]);
        HygieneRun.Text("The crew worked late - the ferry was due. Our mission—safe crossings are old.")
            .Select(HygieneRun.Describe).ShouldBe(["a.txt(1,22): ED4006: Spaced hyphen as a dash ( - ) in an article that uses unspaced em dash (—) once"]);
    }

    [Fact]
    public void A_list_s_dash_between_each_label_and_its_description_is_the_list_s_separator()
    {
        // A list of speakers: each item a name, a spaced en dash and a role. The copy's own dashes are unspaced em dashes.
        const string page = "The panel—five buyers—met in May.\n\nThe speakers:\n\n* Moderator, **Jane Roe** – Director, Harbour Board\n"
            + "* **John Doe** – Skipper, Night Ferry\n* **Ann Poe** – Clerk\n";
        HygieneRun.File("a.md", page).Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // One item alone, or a dash past a sentence's end, is a dash of the copy.
        HygieneRun.File("a.md", "The panel—five buyers—met in May.\n\n* **Jane Roe** – our director\n* John Doe, the skipper\n")
            .Select(HygieneRun.Describe).ShouldBe(["a.md(3,16): ED4006: Spaced en dash ( – ) in an article that uses unspaced em dash (—) 2 times"]);
    }

    [Fact]
    public void A_dash_between_a_post_and_its_department_or_before_a_picture_s_credit_is_a_separator()
    {
        // The copy's dashes are em dashes; the en dashes part a title from its department and a caption from its credit.
        const string text = "The pier—shut since May—reopens. Ann Lee, Deputy Director General – Ferry Services, said so. "
            + "The crew—tired—went home. Pictured: the skipper, Joe Bloggs – Pic by Sam Roe";
        HygieneRun.Text(text).ShouldBeEmpty();
        // A contact line's hyphen before an e-mail address, bare or linked, separates the name from it.
        HygieneRun.File("a.md", "The pier—shut since May—reopens.\n\nFor media enquiries, contact Ann Lee - [a.lee@example.org](mailto:a.lee@example.org) "
            + "or Joe Roe - joe.roe@example.org\n").Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // A spaced hyphen there stands in for a dash, and departs from the copy's.
        HygieneRun.Text(text.Replace("General – Ferry", "General - Ferry")).Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,67): ED4006: Spaced hyphen as a dash ( - ) in an article that uses unspaced em dash (—) 4 times"]);
        // A capitalised aside after a place opens a parenthetical dash like any other.
        HygieneRun.Text("The pier—shut since May—reopens. The ferry docked at Eastport – Harbour County's biggest port – at noon.")
            .Select(HygieneRun.Describe).ShouldBe(["a.txt(1,63): ED4006: Spaced en dash ( – ) in 2 places in an article that uses unspaced em dash (—) 2 times"]);
    }

    [Fact]
    public void The_hyphens_of_a_list_run_into_its_paragraph_are_its_bullets()
    {
        // An export lost the list's line breaks: after the colon each item opens with a hyphen, and the en dash is the copy's.
        HygieneRun.Text("Crews came from three ports: - Eastport - Westhaven - Northbay. The ferry – late again – left at noon.")
            .Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // Hyphens before the colon are the copy's dashes still.
        HygieneRun.Text("The crew - tired as ever - sailed to three ports: - Eastport - Westhaven - Northbay. The ferry – late again – "
                        + "left at noon. The pier – shut – reopened.")
            .Where(d => d.Id == "ED4006").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,10): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses spaced en dash ( – ) 4 times"]);
    }

    [Fact]
    public void A_dash_between_the_capitalised_parts_of_a_title_or_a_name_is_its_owner_s()
    {
        // The copy's dashes are em dashes; the en dashes are a slogan's, a show's and a centre's, set as their owners set them.
        const string text = "The pier—shut since May—reopens under the slogan “A Safer Harbour – A Busier Town.” "
            + "The crew—tired—went home to watch Harbour Lights — A Winter Festival. Ann Lee heads the Centre for Marine Studies – Eastport.";
        HygieneRun.Text(text).ShouldBeEmpty();
        // A spaced hyphen there stands in for a dash, as in a post, and one capitalised word before the dash opens an aside.
        HygieneRun.Text(text.Replace("Studies – Eastport", "Studies - Eastport")).Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,199): ED4006: Spaced hyphen as a dash ( - ) in an article that uses unspaced em dash (—) 4 times"]);
        HygieneRun.Text("The pier—shut since May—reopens. The ferry docked at Eastport – Harbour County's biggest port – at noon.")
            .Select(HygieneRun.Describe).ShouldBe(["a.txt(1,63): ED4006: Spaced en dash ( – ) in 2 places in an article that uses unspaced em dash (—) 2 times"]);
    }

    [Fact]
    public void The_dash_after_a_page_s_label_that_opens_its_line_is_the_site_s_furniture()
    {
        // The copy's dashes are em dashes; the hyphen of the ad slot saved with the page neither votes nor departs.
        const string text = "The pier—shut since May—reopens.\n\nAdvertisement - scroll to continue reading\n\nThe crew—tired—went home.\n\n"
            + "Advertisement - scroll to continue reading\n";
        HygieneRun.Text(text).ShouldBeEmpty();
        // The same word inside a sentence is the copy's.
        HygieneRun.Text("The pier—shut since May—reopens. The advertisement - a full page - ran on Monday.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,52): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses unspaced em dash (—) 2 times"]);
    }

    [Fact]
    public void Three_dots_in_an_article_of_ellipsis_characters_are_reported_but_not_inside_quotations()
    {
        const string text = "The talks went on … and on … and on...\n\n“We will see...” he said.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,36): ED4006: Ellipsis '...' in an article that uses ellipsis '…' 2 times");
        HygieneRun.ApplyFix(text, finding).ShouldStartWith("The talks went on … and on … and on…\n");
    }

    [Fact]
    public void A_dot_leader_and_the_points_that_cut_a_print_footer_s_address_short_are_no_ellipses()
    {
        // A release saved as a PDF: a dot leader after its "E&OE", and a browser's print footer on each page, cut short by
        // points closed up to its address. The copy's ellipses are all "…".
        const string Text = "E&OE……………………………...\n\nThe talks went on … and on … and on.\n\n"
                            + "29/03/2012 http://www.example.org/transcripts/2011/tr_1111...\n\n"
                            + "The ferry waits … and waits.\n\n29/03/2012 http://www.example.org/transcripts/2011/tr_1111...\n";
        HygieneRun.Text(Text).Where(d => d.Id == "ED4006").ShouldBeEmpty();
        // An ellipsis and a full stop end a sentence: the ellipsis still counts, and departs from the copy's three dots.
        HygieneRun.Text("The talks went on... and on... and on.\n\nThe ferry waits ….\n").Where(d => d.Id == "ED4006").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(3,17): ED4006: Ellipsis '…' in an article that uses ellipsis '...' 2 times"]);
    }

    [Fact]
    public void Three_dots_on_a_site_that_prints_them_as_an_ellipsis_are_no_other_style()
    {
        const string Text = "The talks went on … and on … and on... The pier - rebuilt in 1990 - is shut, and the ferry – late – waits.\n";
        var smart = new Editorial.Configuration.ArticleSettings(new Dictionary<string, string> { [Editorial.Configuration.EditorialOptions.SmartPunctuation] = "true" });
        // The dashes are the copy's as typed: the site prints a spaced hyphen as it stands.
        HygieneRun.Check(Editorial.Profiles.ProfileSet.BuiltIn, new Editorial.Engine.ArticleInput("a.md", Text, smart)).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(1,49): ED4006: Spaced hyphen as a dash ( - ) in 2 places in an article that uses spaced en dash ( – ) 2 times"]);
    }

    [Fact]
    public void The_dash_of_an_embedded_posts_signature_neither_votes_nor_departs()
    {
        // The post keeps its writer's marks: its spaced em dashes are not the article's, whose dash is the spaced en dash.
        const string text = "Crews – out since dawn – kept working.\n\nThe mayor replied within minutes: Water is back — finally — in every district. " +
            "pic.twitter.com/x7Yq2 — Ana Ruiz (@anaruiz) March 14, 2022\n\nThe council – meanwhile – stayed silent.\n";
        HygieneRun.Text(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("LVIV, Ukraine (AP) — Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    [InlineData("Lviv (ANB) — Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    [InlineData("WASHINGTON — Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    // An agency's name in capitalised words, and a dated line.
    [InlineData("(Harbour Wire) - Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    [InlineData("Colombo, June 23 (Harbour Gazette) - Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    // A place and its region or state after a comma.
    [InlineData("Lviv, Ukraine — Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    // A date with its year, a release's dated line.
    [InlineData("May 20, 2011 - Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")]
    public void The_dash_of_a_wire_dateline_is_the_wires_convention(string text) =>
        HygieneRun.Text(text).ShouldBeEmpty();

    [Fact]
    public void The_dash_of_a_release_s_byline_is_its_template_s()
    {
        // Its writer and post, set as a headline is.
        const string byline = "Costs rose on Monday.\n\nSimon Bridges - Leader of the Opposition\n\nThe Government – again – raised costs. Families – as ever – pay.\n";
        HygieneRun.File("a.md", byline).ShouldBeEmpty();
        HygieneRun.File("a.md", byline.Replace("Leader of the Opposition", "MP for Hull North", StringComparison.Ordinal)).ShouldBeEmpty();
        // A line of lower-case words, or one that ends with a stop, is copy.
        HygieneRun.File("a.md", byline.Replace("Leader", "leader", StringComparison.Ordinal)).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.md(3,15): ED4006: Spaced hyphen as a dash ( - ) in an article that uses spaced en dash ( – ) 4 times",
        ]);
        HygieneRun.File("a.md", byline.Replace("Opposition", "Opposition.", StringComparison.Ordinal)).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.md(3,15): ED4006: Spaced hyphen as a dash ( - ) in an article that uses spaced en dash ( – ) 4 times",
        ]);
        // Over the release's first prose, a spokesperson's portfolio is the byline's post, the date on the line under it.
        const string portfolio = "**Press Release: Harbour Party**\n\nJane Roe - Transport  \n2 June 2031\n\nThe Government – again – raised fares.\n";
        HygieneRun.File("a.md", portfolio).ShouldBeEmpty();
        // So is its section, on a line of its own after hard breaks under the byline and the date.
        HygieneRun.File("a.md", "**Press Release: Harbour Party**\n\nJane Roe  \nTuesday, 2 June 2031  \nPress Releases - Transport\n\n"
                                + "The Government – again – raised fares.\n").ShouldBeEmpty();
        HygieneRun.File("a.md", "Fares rose on Monday.\n\n" + portfolio).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.md(5,10): ED4006: Spaced hyphen as a dash ( - ) in an article that uses spaced en dash ( – ) 2 times",
        ]);
    }

    [Fact]
    public void The_dashes_of_a_release_s_slug_are_its_template_s()
    {
        // "Media Release – date - For Immediate Use" over the release: the template's line, whichever dashes it mixes.
        const string release = "Media Release – 18 May 2031 - For Immediate Use\n\nStudents welcome the budget - at last - and the fee freeze.\n\n"
                               + "The union - which has asked for it - is pleased.\n";
        HygieneRun.File("a.md", release).ShouldBeEmpty();
        // A sentence of the copy that opens with the words is copy.
        const string sentence = "Students welcome the budget - at last - and the fee freeze.\n\nMedia release – as the union calls it – went out on Monday.\n\n"
                                + "The union - which has asked for it - is pleased.\n";
        HygieneRun.File("a.md", sentence).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.md(3,15): ED4006: Spaced en dash ( – ) in 2 places in an article that uses spaced hyphen as a dash ( - ) 4 times",
        ]);
    }

    [Fact]
    public void A_dash_after_a_capitalised_opening_word_is_no_dateline()
    {
        const string text = "Lviv — in the west — was calm. Crews – out since dawn – kept working. The council – meanwhile – stayed silent.";
        HygieneRun.Text(text).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(1,6): ED4006: Spaced em dash ( — ) in 2 places in an article that uses spaced en dash ( – ) 4 times",
        ]);
        // Nor is an aside in parentheses of more than an agency's few capitalised words, or of lower-case ones.
        HygieneRun.Text("Lviv (the city of lions) — in the west — was calm. Crews – out since dawn – kept working. The council – meanwhile – stayed silent.")
            .Where(d => d.Id == "ED4006").ShouldNotBeEmpty();
    }

    [Fact]
    public void An_ellipsis_in_a_statement_in_single_quotation_marks_is_the_speakers()
    {
        const string text = "The talks went on … and on … and on.\n\nThe minister said: 'We will wait and see... Nothing is settled.'\n";
        HygieneRun.Text(text).ShouldBeEmpty();
    }

    [Fact]
    public void A_spaced_dash_between_numbers_or_dates_is_a_range_s_and_ranges_are_compared_with_ranges()
    {
        // The ranges' spaced en dashes are no departure from the copy's spaced hyphens, nor these from them.
        HygieneRun.Text("The pier opens 12 – 1 pm, from 30 November – 3 December and from Mar 2023 – Feb 2028. Crews - out since dawn - "
            + "kept working, and fares rose from $5M – $20M.").ShouldBeEmpty();
        // A range written with a spaced hyphen among ranges written with a spaced en dash departs from them.
        HygieneRun.Text("The pier opened on 13 – 14 March, 16 – 17 March and 20 - 21 March. Crews - out since dawn - kept working.")
            .Select(HygieneRun.Describe).ShouldBe(
            [
                "a.txt(1,56): ED4006: Spaced hyphen in a range ( - ) in an article that uses spaced en dash in a range ( – ) 2 times",
            ]);
    }

    [Theory]
    [InlineData("The Kyiv–Moscow talks ran from 2014–2015, a 5-year-old said – and nobody disagreed – on Monday.")]
    [InlineData("The talks — the fourth round — ended. Irpin — a suburb — was hit.")]
    [InlineData("One tie: Kyiv – the capital – was hit. Lviv — in the west — was calm.")]
    public void Joining_dashes_and_ranges_are_not_parenthetical_dashes(string text)
    {
        var findings = HygieneRun.Text(text);
        if (text.StartsWith("One tie", StringComparison.Ordinal))
        {
            // On a tie the first dash used sets the style, and no fix is offered.
            findings.Select(HygieneRun.Describe).ShouldBe(
            [
                "a.txt(1,45): ED4006: Spaced em dash ( — ) in 2 places in an article that uses spaced en dash ( – ) 2 times",
            ]);
            findings.ShouldAllBe(d => d.Fix == null);
        }
        else
        {
            findings.ShouldBeEmpty();
        }
    }
}
