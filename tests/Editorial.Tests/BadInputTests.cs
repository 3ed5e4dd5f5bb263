using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Tests;

/// <summary>Damaged and pathological articles: each is reported where the problem is, and no rule or reader fails on it.</summary>
public class BadInputTests
{
    private static List<string> Check(string path, string text) =>
        new EditorialEngine().Check([new ArticleInput(path, text, ArticleSettings.Empty)])
            .Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();

    [Fact]
    public void A_reader_that_fails_is_ED9000_at_its_article_naming_the_stage_and_the_other_articles_are_still_checked()
    {
        // No text makes the readers fail any more (each such input is handled at its cause, above), so a host's broken
        // contract stands in for one: a null text throws inside the reader.
        var findings = new EditorialEngine().Check([
            new ArticleInput("a.md", (string)null!, ArticleSettings.Empty),
            new ArticleInput("b.txt", "The the talks went on.", ArticleSettings.Empty),
        ]).Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();
        findings.Count.ShouldBe(2);
        findings[0].ShouldBe("a.md(1,1,1,1): ED9000: Reading the article failed on this article: NullReferenceException: Object reference not set to an instance of an object.");
        findings[1].ShouldBe("b.txt(1,5,1,8): ED4005: Repeated word 'the'");
    }

    [Theory]
    [InlineData("---\n---\n\nThe ferry sails at noon , the harbour said.\n", "a.md(4,25,4,26): ED4003: Space before ','")]
    [InlineData("---\r\n---\r\nThe ferry sails at noon , the harbour said.\r\n", "a.md(3,25,3,26): ED4003: Space before ','")]
    public void Empty_front_matter_is_closed_and_the_text_after_it_is_checked(string text, string expected)
    {
        Check("a.md", text).ShouldBe([expected]);
    }

    [Fact]
    public void Empty_front_matter_followed_by_another_rule_line_is_read()
    {
        Check("a.md", "---\n---\n---\n").ShouldBeEmpty();
    }

    [Fact]
    public void An_unclosed_list_in_front_matter_is_ED9007_at_its_bracket()
    {
        Check("a.md", "---\noutlet: [ap\nstory: talks\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,9,2,9): ED9007: front matter is not valid YAML: a '[', '{' or quotation mark is not closed"]);
    }

    [Fact]
    public void A_double_quoted_front_matter_value_wrapped_to_the_start_of_its_lines_is_read_as_site_generators_read_it()
    {
        // Jekyll's and Eleventy's YAML readers take the wrapped lines at any indentation; the YAML specification wants them
        // indented. The page builds, so its keys apply and the text after them is checked where it is written.
        var text = "---\nexcerpt: \"The ferry is back\nafter a winter away,\nthe harbour says.\"\ndate: not a date\n---\nThe ferry sails at noon , the harbour said.\n";
        Check("a.md", text).ShouldBe([
            "a.md(5,7,5,7): ED9007: front matter date 'not a date' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written",
            "a.md(7,25,7,26): ED4003: Space before ','",
        ]);
    }

    [Fact]
    public void A_front_matter_whose_wrapped_value_still_fails_is_ED9007_where_the_writer_left_the_fault()
    {
        Check("a.md", "---\nexcerpt: \"The ferry is back\nafter a winter away.\"\nstory: [talks\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(4,8,4,8): ED9007: front matter is not valid YAML: a '[', '{' or quotation mark is not closed"]);
    }

    [Theory]
    [InlineData("a.md", "Talks resumed on Monday.\n\nJane Roe is a ")]
    [InlineData("a.txt", "Talks resumed on Monday.\n\nJane Roe is an ")]
    public void A_last_paragraph_cut_off_after_a_name_and_is_a_is_no_biography_and_no_fault(string path, string text)
    {
        // ED4001 looks for a contributor's biography there: the space after "is a" is past the paragraph, and so is any role.
        Check(path, text).ShouldBeEmpty();
    }

    [Fact]
    public void A_site_generator_s_template_whose_tags_break_its_front_matter_is_no_broken_article()
    {
        // A Hugo archetype: its front matter is YAML once the generator fills in the tags.
        Check("a.md", "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n---\nThe talks went on.\n").ShouldBeEmpty();
        // Without the tags the same fault is the article's.
        Check("a.md", "---\ntitle: \"Ferry \"-\" \" \" news\"\n---\nThe talks went on.\n").ShouldHaveSingleItem().ShouldStartWith("a.md(2,");
    }

    [Fact]
    public void Front_matter_yamldotnet_parses_but_cannot_represent_is_ED9007()
    {
        Check("a.md", "---\n    - : 2019\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,1,2,1): ED9007: front matter is not valid YAML: it cannot be read as keys and values"]);
    }

    [Fact]
    public void A_list_left_open_in_front_matter_is_ED9007_at_its_bracket_not_where_the_parser_gave_up()
    {
        Check("a.md", "---\nstory: talks\nplaces: [Kyiv, Lviv\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(3,9,3,9): ED9007: front matter is not valid YAML: a '[', '{' or quotation mark is not closed"]);
    }

    [Fact]
    public void A_key_the_engine_reads_set_twice_in_front_matter_is_ED9007_at_the_second_and_its_last_value_applies()
    {
        Check("a.md", "---\nstory: talks\nstory: truce\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(3,1,3,1): ED9007: front matter sets 'story' twice: the last value applies, as the site generators read it"]);
        var article = Articles.Article.Parse("a.md", "---\ndate: 2026-11-01\ntitle: The truce holds\ndate: 2026-11-30\n---\nThe talks went on.\n");
        article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2026-11-30");
        article.Tokens.Where(t => t.IsInHeading).Select(t => t.Text).ShouldBe(["The", "truce", "holds"]);
    }

    [Fact]
    public void A_key_set_twice_to_the_same_value_in_front_matter_leaves_nothing_to_settle()
    {
        // An import that wrote every page of a blog with its date twice: the pages build, and the date is not in doubt.
        Check("a.md", "---\ndate: 2017-06-26\nlayout: page\ntitle: \"Job posting\"\ndate: 2017-06-26\n---\nThe talks went on.\n").ShouldBeEmpty();
        Check("a.md", "---\ndate: 2017-06-27\nlayout: page\ndate: 2017-06-26\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(4,1,4,1): ED9007: front matter sets 'date' twice: the last value applies, as the site generators read it"]);
    }

    [Fact]
    public void Another_key_set_twice_in_front_matter_is_the_site_generator_s_business_and_the_rest_is_read()
    {
        // Jekyll keeps the last of a key set twice, and its pages build: a layout or a redirect set twice says nothing of the copy.
        const string page = "---\nlayout: post\nredirect_from:\n  - /old/\noutlet: ap\nlayout: story\nredirect_from:\n  - /older/\n"
            + "  - /oldest/\n---\nThe talks went on in Kiev.\n";
        Check("a.md", page).ShouldBe(["a.md(11,22,11,26): ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style"]);
        // A mapping inside a mapping is read the same way, at any depth, and its keys are not the engine's.
        Check("a.md", "---\nimage:\n  src: a.jpg\n  src: b.jpg\nstory: talks\n---\nThe talks went on.\n").ShouldBeEmpty();
        Check("a.md", "---\nevent:\n  date: 2026-11-01\n  date: 2026-11-02\nstory: talks\n---\nThe talks went on.\n").ShouldBeEmpty();
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_ED9007_and_its_keys_are_not_silently_dropped()
    {
        Check("a.md", "---\noutlet: ap\n\nThe talks went on.\n").ShouldBe(
            ["a.md(1,1,1,4): ED9007: front matter is not closed: no '---' line ends it, so none of its keys (outlet, story, date) apply"]);
        // An HTML page of a site generator's has front matter too.
        Check("a.html", "---\noutlet: ap\n\n<p>The talks went on.</p>\n").ShouldBe(
            ["a.html(1,1,1,4): ED9007: front matter is not closed: no '---' line ends it, so none of its keys (outlet, story, date) apply"]);
    }

    [Fact]
    public void A_fence_with_spaces_after_it_closes_front_matter_in_Markdown_and_HTML_alike()
    {
        // Markdig, Jekyll and Hugo take "--- " as a fence; the spaces are unseen in an editor. The outlet applies in both.
        Check("a.md", "--- \noutlet: ap\ndate: 2024-10-24\n---  \n\nThe talks went on in Kiev.\n").ShouldBe(
            ["a.md(6,22,6,26): ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style"]);
        Check("a.html", "---\noutlet: ap\ndate: 2024-10-24\n--- \n\n<p>The talks went on in Kiev.</p>\n").ShouldBe(
            ["a.html(6,25,6,29): ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style"]);
        Check("a.md", "+++\t\ntitle = \"Ferry\"\n+++ \nThe ferry sails at noon.\n").ShouldBeEmpty();
    }

    [Fact]
    public void Hugo_s_TOML_front_matter_is_not_prose_and_the_article_starts_after_it()
    {
        // The keys' quotation marks, lists and dots are TOML's; the body may follow the closing line without a blank line.
        Check("a.md", "+++\ntitle = \"Ferry..\"\ntags = [\"pier\" , \"tide\"]\n+++\nThe ferry sails at noon , the harbour master said.\n").ShouldBe(
            ["a.md(5,25,5,26): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_first_line_of_three_hyphens_that_no_key_follows_is_a_rule_and_no_front_matter()
    {
        Check("a.md", "---\nHarbour desk\nferries@example.org\n").ShouldBeEmpty();
        Check("a.md", "---\n\nThe ferry sails at noon , the harbour said.\n").ShouldBe(["a.md(3,25,3,26): ED4003: Space before ','"]);
    }

    [Fact]
    public void Front_matter_after_blank_lines_is_read_as_Hugo_reads_it()
    {
        // Hugo skips blank lines before the first fence; Markdig reads front matter on the first line only. The keys are not
        // prose ("CMS metadata 'date:' left in the copy" was reported on them), the title is the headline, the date is read.
        var text = "\n\n---\ndate: 2021-04-07 20:33:00 -0500\ntitle: Ferry returns\ntags: [pier , tide]\n---\n\nThe ferry sails at noon , the harbour said.\n";
        Check("a.md", text).ShouldBe(["a.md(9,25,9,26): ED4003: Space before ','"]);
        var article = Articles.Article.Parse("a.md", text);
        article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2021-04-08");
        article.Tokens.Where(t => t.IsInHeading).Select(t => t.Text).ShouldBe(["Ferry", "returns"]);
        article.Tokens.Select(t => t.Text).ShouldNotContain("pier");
        Check("a.md", "\n+++\ntitle = \"Ferry\"\ntags = [\"pier\" , \"tide\"]\n+++\nThe ferry sails at noon , the harbour said.\n").ShouldBe(
            ["a.md(6,25,6,26): ED4003: Space before ','"]);
        // YAML comments may open it, as digital.gov's event pages do ("# start date" above the date).
        Check("a.md", "\n\n---\n# View this page online\n\n# start date\ndate: 2018-07-16 16:00:00 -0500\n---\n\nThe ferry sails at noon , today.\n")
            .ShouldBe(["a.md(10,25,10,26): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_MultiMarkdown_or_Pelican_metadata_block_is_read_as_metadata_and_its_title_as_the_headline()
    {
        // "Key: value" lines from the first, up to the first blank line, an indented line carrying a value on.
        var text = "Title: Ferry returns\nDate: 2014-12-01\nTags: pier , tide\n    harbour\n\nThe ferry sails at noon , the harbour said.\n";
        Check("a.md", text).ShouldBe(["a.md(6,25,6,26): ED4003: Space before ','"]);
        var article = Articles.Article.Parse("a.md", text);
        article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2014-12-01");
        article.Tokens.Where(t => t.IsInHeading).Select(t => t.Text).ShouldBe(["Ferry", "returns"]);
        article.Tokens.Select(t => t.Text).ShouldNotContain("tide");
        // Only a block that opens with a title, and holds nothing but keys: a first line "Note: …" is prose.
        Check("a.md", "Note: the timetable changed , today.\n\nThe ferry sails.\n").ShouldBe(["a.md(1,29,1,30): ED4003: Space before ','"]);
        Check("a.md", "Title: Ferry returns\nthe timetable changed , today.\n").ShouldBe(["a.md(2,23,2,24): ED4003: Space before ','"]);
    }

    [Fact]
    public void Three_hyphens_after_blank_lines_with_no_keys_after_them_are_a_rule_and_are_never_said_to_be_left_open()
    {
        // A generator that reads front matter on the first line only renders these as rules and text: neither reading may lose
        // the text between them, nor call a rule unclosed front matter.
        Check("a.md", "\n---\nA note from the harbour desk , today.\n---\n\nThe ferry sails at noon.\n").ShouldBe(
            ["a.md(3,30,3,31): ED4003: Space before ','"]);
        Check("a.md", "\n---\nUpdate: the ferry sails at noon , the harbour said.\n").ShouldBe(["a.md(3,33,3,34): ED4003: Space before ','"]);
        // A heading between two rules is no YAML comment: no key follows it.
        Check("a.md", "\n---\n# From the harbour desk\nThe ferry sails at noon , today.\n---\n\nThe crossing is calm.\n").ShouldBe(
            ["a.md(4,25,4,26): ED4003: Space before ','"]);
    }

    [Fact]
    public void TOML_front_matter_that_is_never_closed_is_ED9007_at_its_fence()
    {
        Check("a.md", "+++\ntitle = \"Ferry\"\n\nThe ferry sails at noon.\n").ShouldBe(
            ["a.md(1,1,1,4): ED9007: TOML front matter is not closed: no '+++' line ends it"]);
    }

    [Fact]
    public void Front_matter_that_is_one_value_or_a_list_is_ED9007_at_its_start()
    {
        Check("a.md", "---\noutlet ap, story talks\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,1,2,1): ED9007: front matter holds a single value, not keys and values, so none of its keys (outlet, story, date) apply"]);
        Check("a.md", "---\n- outlet: ap\n- story: talks\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,1,2,1): ED9007: front matter holds a list, not keys and values, so none of its keys (outlet, story, date) apply"]);
    }

    [Theory]
    [InlineData("---\ntitle: Ferries\naliases:\n  - %\n  - ferry\n---\nThe ferries ran.\n", "a.md(4,5,4,5): ED9007: front matter is not valid YAML: a value cannot start with '%' unless it is in quotation marks ('%...')")]
    [InlineData("---\nauthor: @harbourdesk\n---\nThe ferries ran.\n", "a.md(2,9,2,9): ED9007: front matter is not valid YAML: a value cannot start with '@' unless it is in quotation marks ('@...')")]
    public void A_front_matter_value_that_opens_with_a_reserved_character_is_ED9007_naming_it(string text, string expected)
    {
        Check("a.md", text).ShouldBe([expected]);
    }

    [Fact]
    public void A_front_matter_error_after_a_line_separator_is_ED9007_where_it_is()
    {
        // YAML ends a line at U+2028 (and U+2029, U+0085), the article does not: the error is placed by the characters before
        // it, not by YAML's line and column, which put it at the end of the front matter or between the halves of an emoji.
        Check("a.md", "---\ntitle: Ferry\u2028strike\n---\nThe ferries ran.\n").ShouldBe(
            ["a.md(2,14,2,14): ED9007: front matter is not valid YAML: While scanning a simple key, could not find expected ':'."]);
        Check("a.md", "---\ntitle: \u2028\uD83D\uDCD8 [port\n---\nThe ferries ran.\n").ShouldBe(
            ["a.md(2,9,2,9): ED9007: front matter is not valid YAML: While scanning a simple key, could not find expected ':'."]);
    }

    [Fact]
    public void Front_matter_of_comments_alone_is_no_problem()
    {
        Check("a.md", "---\n# drafted on the desk\n---\nThe talks went on.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_key_editorial_reads_given_as_a_list_or_keys_is_ED9007_at_its_value_and_other_keys_may_hold_anything()
    {
        Check("a.md", "---\ntags: [talks, truce]\nstory: [talks, truce]\noutlet:\n  name: ap\n---\nThe talks went on.\n").ShouldBe(
        [
            "a.md(3,8,3,8): ED9007: front matter 'story' holds a list, not one value, so it does not apply",
            "a.md(5,3,5,3): ED9007: front matter 'outlet' holds keys and values, not one value, so it does not apply",
        ]);
    }

    [Theory]
    [InlineData("last-modified")]
    [InlineData("today")]
    [InlineData("now")]
    public void A_front_matter_date_the_site_generator_sets_when_it_renders_is_no_problem_and_no_date(string written)
    {
        Check("a.qmd", $"---\ndate: {written}\n---\nThe talks went on.\n").ShouldBeEmpty();
        Articles.Article.Parse("a.qmd", $"---\ndate: {written}\n---\nThe talks went on.\n").Date.ShouldBeNull();
    }

    [Fact]
    public void A_front_matter_date_that_is_no_date_is_ED9007_at_its_value_and_the_article_has_no_date()
    {
        Check("a.md", "---\ndate: the day after the vote\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,7,2,7): ED9007: front matter date 'the day after the vote' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
        Check("a.md", "---\ndate: 2024-02-30\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,7,2,7): ED9007: front matter date '2024-02-30' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
        Check("a.md", "---\ndate: \"20241340\"\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,7,2,7): ED9007: front matter date '20241340' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
        // An offset of a day or more is no offset.
        Check("a.md", "---\ndate: 2021-03-05 17:20:00+24:00\n---\nThe talks went on.\n").ShouldBe(
            ["a.md(2,7,2,7): ED9007: front matter date '2021-03-05 17:20:00+24:00' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
    }

    [Fact]
    public void A_page_meta_date_that_is_no_date_is_ED9007_at_its_tag_and_a_readable_one_dates_the_article()
    {
        const string Unreadable = "<html><head>\n<meta name=\"date\" content=\"last Tuesday\">\n</head><body><p>The talks went on.</p></body></html>\n";
        Check("a.html", Unreadable).ShouldBe(
            ["a.html(2,1,2,1): ED9007: meta date 'last Tuesday' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
        Articles.Article.Parse("a.html", Unreadable).Date.ShouldBeNull();

        const string Readable = "<html><head><meta name=\"date\" content=\"2024-05-01\"></head><body><p>The talks went on.</p></body></html>\n";
        Check("a.html", Readable).ShouldBeEmpty();
        Articles.Article.Parse("a.html", Readable).Date.ShouldBe(new DateTime(2024, 5, 1));
    }

    [Theory]
    [InlineData("2024-05-01", "2024-05-01T00:00:00")]
    [InlineData("2024-05-01 14:30:00 +0100", "2024-05-01T13:30:00")]
    [InlineData("2024-05-01T10:00:00-05:00", "2024-05-01T15:00:00")]
    [InlineData("1 May 2024", "2024-05-01T00:00:00")]
    [InlineData("May 1st, 2024", "2024-05-01T00:00:00")]
    [InlineData("\"March 22nd, 2021\"", "2021-03-22T00:00:00")]
    // As publishers' page metadata gives them: a time in UTC named so, an ISO day without separators.
    [InlineData("2014-12-22 17:43:29 UTC", "2014-12-22T17:43:29")]
    [InlineData("2014-12-22 17:43:29 GMT", "2014-12-22T17:43:29")]
    [InlineData("\"20141120\"", "2014-11-20T00:00:00")]
    // An offset of more than 14 hours and less than a day, which .NET refuses and Ruby's Time, under Jekyll, takes.
    [InlineData("2021-03-05 17:20:00+17:20", "2021-03-05T00:00:00")]
    [InlineData("2021-03-05T10:00:00-2000", "2021-03-06T06:00:00")]
    public void Front_matter_dates_as_site_generators_write_them_are_read_as_utc(string written, string utc)
    {
        var text = $"---\ndate: {written}\n---\nThe talks went on.\n";
        Check("a.md", text).ShouldBeEmpty();
        Articles.Article.Parse("a.md", text).Date.ShouldBe(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
    }

    [Fact]
    public void Markdown_nested_past_the_parser_limit_is_checked_as_plain_text_with_ED9008()
    {
        var deepQuote = new string('>', 128) + " The the talks went on.\n";
        Check("a.md", deepQuote).ShouldBe(
        [
            "a.md(1,1,1,1): ED9008: the Markdown is nested more deeply than Markdig reads (block quotes, lists or brackets inside each other); the article was checked as plain text",
            "a.md(1,134,1,137): ED4005: Repeated word 'the'",
        ]);
        var deepList = string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- item\n"));
        Check("b.md", deepList).ShouldAllBe(d => !d.Contains("ED9000"));
    }

    [Theory]
    [InlineData("<p>The talks <b>went <i>on</p> and on")]
    [InlineData("<p>Half a tag <a href=\"x")]
    [InlineData("<p>Unclosed comment <!-- the the")]
    [InlineData("<p>Bare ampersands & &# &#x; &; &amp at the end &")]
    [InlineData("<p>Odd references &#0; &#xD800; &#x110000; &NotEqualTilde; &copy2024 here.</p>")]
    [InlineData("<p>Lone\rbreaks\r\nand\rmore &rsquo;\r</p>\r")]
    [InlineData("<script><script>the the</script></script><pre><pre>the the</pre> the the</pre><p>After.</p>")]
    [InlineData("</p></p></blockquote></h1>Text after stray end tags.")]
    [InlineData("<p>\0 nul and \uD800 lone surrogate.</p>")]
    public void Broken_html_is_no_reader_or_rule_failure(string text)
    {
        Check("a.html", text).ShouldAllBe(d => !d.Contains("ED9000"));
        Check("a.md", "Intro.\n\n<div>\n" + text + "\n</div>\n").ShouldAllBe(d => !d.Contains("ED9000"));
    }

    [Fact]
    public void A_time_in_arabic_indic_digits_is_no_rule_failure()
    {
        Check("a.txt", "It ended at ١٩:٣٠ GMT. It resumed at 19:45 GMT.").ShouldBeEmpty();
    }

    [Fact]
    public void A_clock_time_in_arabic_indic_digits_beside_figures_is_no_rule_failure()
    {
        Check("a.txt", "The ١٩:٣٠ official said 900 missiles had been launched. Officials later said 700 missiles had been launched.\n")
            .ShouldAllBe(d => !d.Contains("ED9000"));
    }

    [Theory]
    [InlineData("a.md", "# Styling\n\n### 📘 React / Preact\n\nReact files take styles.\n\n### 📗 Vue\n\nVue takes them too.\n")]
    [InlineData("a.txt", "Styling\n\nThe 📘 React guide and the 📗 Vue guide, by 𝒜lice Mortimer and 𝒜lice Mortimer.\n")]
    [InlineData("a.txt", "Styling\n\nThe \uD83D React guide and the \uDCD7 Vue guide, by Alice \uDCD7 Mortimer.\n")]
    public void Characters_beyond_the_first_plane_and_lone_surrogates_are_no_rule_failure(string path, string text)
    {
        Check(path, text).ShouldAllBe(d => !d.Contains("ED9000"));
    }

    [Theory]
    [InlineData("a.txt", "\uE000\n")]
    [InlineData("a.txt", "Ferry strike\n\n\u200B\n")]
    [InlineData("a.md", "# Ferry strike\n\n\uE000\n")]
    [InlineData("a.html", "<h1>Ferry strike</h1><p>\uE000</p>")]
    public void A_last_paragraph_of_characters_that_are_no_word_is_no_rule_failure(string path, string text)
    {
        // Such a paragraph has no sentence: the figure rules' story grouping read the lead's first sentence past the article's last.
        Check(path, text).ShouldBeEmpty();
    }

    [Fact]
    public void Text_that_opens_with_a_colon_and_a_quotation_mark_is_no_rule_failure()
    {
        Check("a.txt", ": “The talks went on for hours without a result.”").ShouldAllBe(d => !d.Contains("ED9000"));
    }
}
