using Editorial.Articles;

namespace Editorial.Tests;

public class ArticleModelTests
{
    [Theory]
    [InlineData("2031-05-02", "2031-05-02T00:00:00.0000000Z")]
    [InlineData(" 2031-05-02 ", "2031-05-02T00:00:00.0000000Z")]
    [InlineData("2031-05-02T09:30:00+02:00", "2031-05-02T07:30:00.0000000Z")]
    [InlineData("May 2, 2031", "2031-05-02T00:00:00.0000000Z")]
    [InlineData("yesterday", null)]
    public void The_date_in_front_matter_is_read_as_UTC(string written, string? expected)
    {
        var article = Article.Parse("a.md", $"---\ndate: '{written}'\n---\nMinisters met in Lausanne.\n");
        (article.Date?.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Lowercase_kyiv_in_the_ap_seed_maps_to_its_line_and_column()
    {
        var article = Seeds.Parse("ap/003.txt");
        var first = article.Tokens.First(t => t.Text == "kyiv");
        article.GetLocation(first.Span).LineSpan.ToString().ShouldBe("(5,142,5,146)");
        article.Tokens.Count(t => t.Text == "kyiv").ShouldBe(6);
    }

    [Fact]
    public void A_character_beyond_the_first_plane_is_one_token_and_a_lone_surrogate_is_one()
    {
        var article = Article.Parse("a.txt", "The 📘 guide \uD83D ends.");
        article.Tokens.Select(t => (t.Text, t.Span.Start, t.Kind)).ShouldBe(
        [
            ("The", 0, TokenKind.Word), ("📘", 4, TokenKind.Punctuation), ("guide", 7, TokenKind.Word), ("\uD83D", 13, TokenKind.Punctuation),
            ("ends", 15, TokenKind.Word), (".", 19, TokenKind.Punctuation),
        ]);
    }

    [Fact]
    public void A_word_read_again_takes_the_text_an_earlier_reading_made()
    {
        // The words are kept in slots that every reading shares: a test run in parallel may take the slot between the two
        // readings here (once in some hundred runs), so the pair is read again until no other reading came between.
        var shared = false;
        for (var attempt = 0; attempt < 5 && !shared; attempt++)
        {
            var first = Article.Parse("a.txt", "Ministers met in Lausanne on Tuesday.");
            var second = Article.Parse("b.txt", "Lausanne hosted the ministers again.");
            second.Tokens[0].Text.ShouldBe("Lausanne");
            shared = ReferenceEquals(first.Tokens[3].Text, second.Tokens[0].Text);
        }
        shared.ShouldBeTrue();
    }

    [Fact]
    public void A_paragraph_read_before_elsewhere_has_its_tokens_where_it_stands_now()
    {
        Article.Parse("a.txt", "See example.com for the ministers' list, posted at 8:30.");
        var again = Article.Parse("b.txt", "Talks went on.\n\nSee example.com for the ministers' list, posted at 8:30.");

        again.Tokens.Skip(4).Select(t => (t.Text, t.Span.Start, t.Kind, t.IsNonProse, t.SentenceIndex, t.IsSentenceStart)).ShouldBe(
        [
            ("See", 16, TokenKind.Word, false, 1, true), ("example.com", 20, TokenKind.Punctuation, true, 1, false),
            ("for", 32, TokenKind.Word, false, 1, false), ("the", 36, TokenKind.Word, false, 1, false),
            ("ministers", 40, TokenKind.Word, false, 1, false), ("'", 49, TokenKind.Punctuation, false, 1, false),
            ("list", 51, TokenKind.Word, false, 1, false), (",", 55, TokenKind.Punctuation, false, 1, false),
            ("posted", 57, TokenKind.Word, false, 1, false), ("at", 64, TokenKind.Word, false, 1, false),
            ("8:30", 67, TokenKind.Number, false, 1, false), (".", 71, TokenKind.Punctuation, false, 1, false),
        ]);
    }

    [Fact]
    public void Token_texts_are_the_text_at_their_spans_when_more_words_than_the_pool_holds_are_read()
    {
        // 20,000 different words and numbers share the pool's 8,192 slots: texts of one slot replace each other.
        var words = Enumerable.Range(0, 20_000).Select(i => i % 2 == 0 ? "word" + (char)('a' + i % 26) + i.ToString("x") : i.ToString("D5"));
        var text = string.Join(" ", words);
        foreach (var round in new[] { 1, 2 })
        {
            var article = Article.Parse($"{round}.txt", text);
            article.Tokens.Count.ShouldBe(20_000);
            foreach (var token in article.Tokens) token.Text.ShouldBe(text.Substring(token.Span.Start, token.Span.Length));
        }
    }

    [Fact]
    public void A_foreach_over_the_tokens_reads_them_in_order()
    {
        var article = Article.Parse("a.txt", "The talks, in Geneva, ended.");
        var read = new List<string>();
        foreach (var token in article.Tokens) read.Add(token.Text);
        read.ShouldBe(["The", "talks", ",", "in", "Geneva", ",", "ended", "."]);
        ((IEnumerable<Token>)article.Tokens).Select(t => t.Text).ShouldBe(read);
    }

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var article = Article.Parse("a.txt", "Mr. Biden met Gen. Smith at 9 a.m. in the U.S. capital. Lolita C. Baldor wrote it. Then it ended.");
        article.Sentences.Select(s => article.GetText(s.Span)).ShouldBe(
        [
            "Mr. Biden met Gen. Smith at 9 a.m. in the U.S. capital.",
            "Lolita C. Baldor wrote it.",
            "Then it ended.",
        ]);
    }

    [Fact]
    public void Quotations_and_sentence_starts_are_marked()
    {
        var article = Article.Parse("a.txt", "Peskov said: “No.” The talks went on, “she said”, and ended.");
        article.Quotations.Select(q => article.GetText(q.ContentSpan)).ShouldBe(["No.", "she said"]);
        article.Tokens.Single(t => t.Text == "No").IsSentenceStart.ShouldBeTrue();
        article.Tokens.Single(t => t.Text == "she").IsInQuotation.ShouldBeTrue();
    }

    [Fact]
    public void Markdown_prose_excludes_code_links_inline_html_and_front_matter()
    {
        var text = "---\noutlet: bbc\nstory: talks-2022\n---\n# Kyiv talks\n\nThe `kyiv` code and [Kyiv](https://example.com/kyiv) link. <b>Kyiv</b>\n\n<div>\nkyiv\n</div>\n\n```\nkyiv\n```\n";
        var article = Article.Parse("a.md", text);
        article.Metadata["outlet"].ShouldBe("bbc");
        article.Metadata["story"].ShouldBe("talks-2022");
        // Inline HTML is markup; the text of an HTML block is prose.
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Kyiv", "talks", "The", "code", "and", "Kyiv", "link", "Kyiv", "kyiv"]);
        article.Paragraphs[0].IsHeading.ShouldBeTrue();
    }

    [Fact]
    public void A_markdown_character_reference_reads_as_its_character_and_an_escape_as_the_character_alone()
    {
        // As the page renders: "café", "<pier>", "10 – 12"; before, each reference was blanked, so "the pier &lt;pier\>"
        // read as the same word twice with only spaces between.
        var article = Article.Parse("a.md", "The caf&eacute; opens. Set the pier &lt;pier\\> at 10 &ndash; 12 \\*daily\\*.\n");
        article.Tokens.Select(t => t.Text).ShouldBe(["The", "café", "opens", ".", "Set", "the", "pier", "<", "pier", ">", "at", "10", "–", "12", "*", "daily", "*", "."]);
        Hygiene.HygieneRun.File("a.md", "Set the pier &lt;pier\\> at noon.\n")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("crossings.qmd")]
    [InlineData("crossings.Rmd")]
    public void A_quarto_or_r_markdown_document_is_markdown_whose_code_chunks_and_inline_code_are_code(string path)
    {
        ArticleFormats.FromPath(path).ShouldBe(ArticleFormat.Markdown);
        var article = Article.Parse(path, "---\ntitle: Ferry crossings\n---\n\n```{r}\ncrossings <- read_csv(\"kiev.csv\")\n```\n\nThe ferry sails `r nrow(kiev)` times at noon.\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Ferry", "crossings", "The", "ferry", "sails", "times", "at", "noon"]);
    }

    [Fact]
    public void A_list_item_that_links_a_commit_is_a_change_log_entry_and_not_prose()
    {
        var article = Article.Parse("a.md",
            "The ferry app was updated.\n\n" +
            "- [[`7b4268b889`](https://github.com/harbour/app/commit/7b4268b889)] - **lib**: remove the . in the end (Ana Ruiz)\n" +
            "- fix missing trailing , in the timetable ([3a1c664](https://gitlab.com/harbour/app/-/commit/3a1c664a97))\n" +
            "- Sailings resume on [Monday](https://example.com/commit/notes).\n");
        // A link to something else named "commit" is no commit: that item is prose.
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["The", "ferry", "app", "was", "updated", "Sailings", "resume", "on", "Monday"]);
    }

    [Fact]
    public void A_line_of_a_directive_alone_is_markup_and_one_with_a_label_title_or_text_after_it_is_prose()
    {
        // Nuxt's components, remark's and Docusaurus's directives: a name and attributes alone on a line, or a container's
        // closing colons. The text inside a container is prose, and so is a leaf's label. (A line that opens with three colons
        // and goes on is a docfx or Docusaurus extension's, which the tokenizer already reads as markup.)
        var article = Article.Parse("a.md",
            ":watch-video{title=\"Pier cams\" platform=\"vimeo\"}\n\n::note{icon=\"i-pier\"}\nThe ferry sails at noon.\n::\n\n:::\n"
            + ":::tip Take care\nThe quay is wet.\n:::\n\n::youtube[The harbour at dawn]{#dawn}\n\n:smile: ferries:\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe([
            "The", "ferry", "sails", "at", "noon",
            "The", "quay", "is", "wet",
            "youtube", "The", "harbour", "at", "dawn",
            "smile", "ferries",
        ]);
    }

    [Theory]
    [InlineData("a.md")]
    [InlineData("a.txt")]
    public void A_code_listing_saved_with_its_line_numbers_is_code_and_a_numbered_list_is_prose(string path)
    {
        // A page export that lost a listing's fence runs each line number into its code, blank lines and hard breaks between.
        var article = Article.Parse(path,
            "The ferry timetable is read so.\n\n" +
            "`1# Read the \"sailings\" , once\n\n2rows = read(\"pier.csv\")\n\\\n3\n\n4  // the ferry's last sailing\\\n\n" +
            "1st sailing at noon.\n\n2nd sailing at one.\n\n3rd sailing at two.\n\n" +
            "14 ferries sail.\n\n15ferries are late.\n\n");
        // Ordinals, and a number that opens no run of lines, are prose.
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe([
            "The ferry timetable is read so.", "1st sailing at noon.", "2nd sailing at one.", "3rd sailing at two.", "14 ferries sail.", "15ferries are late.",
        ]);
    }

    [Fact]
    public void The_first_word_of_a_link_s_text_or_of_an_emphasised_span_is_marked_as_a_label_in_markdown_and_html()
    {
        var markdown = Article.Parse("a.md", "Ferries sail. [timetables](https://example.com/t) and the [Harbour board](https://example.com/b) agree. "
                                             + "Select **Sailing times**, then *save*.\n");
        markdown.Tokens.Where(t => t.StartsLabel).Select(t => t.Text).ShouldBe(["timetables", "Harbour", "Sailing", "save"]);
        var html = Article.Parse("a.html", "<p>Ferries sail. <a href=\"https://example.com/t\">\n timetables</a> and <a href=\"/b\">the board</a> agree. "
                                           + "Select <strong>Sailing times</strong>, then <em>save</em>.</p>");
        html.Tokens.Where(t => t.StartsLabel).Select(t => t.Text).ShouldBe(["timetables", "the", "Sailing", "save"]);
    }

    [Fact]
    public void Lines_of_a_double_spaced_page_that_carry_on_a_sentence_across_one_blank_line_are_one_paragraph_and_no_heading()
    {
        // Text taken from a double-spaced page puts a blank line between every two lines. A line left open before one that
        // starts in lower case is the same paragraph's, as when the lines follow each other directly; two blank lines, or a
        // line starting in upper case, still end it.
        var article = Article.Parse("a.txt", "Ferry timetables\n\nThe council met on Monday. The harbour board welcomes any\n\n"
                                             + "change to the timetable, which was welcomed by Labor. However, there are\n\nstill questions.\n\n"
                                             + "Crossings resume in May\n\n\nafter the repairs.\n");
        article.Paragraphs.Select(p => (article.GetText(p.Span), p.IsHeading)).ShouldBe([
            ("Ferry timetables", true),
            ("The council met on Monday. The harbour board welcomes any\n\nchange to the timetable, which was welcomed by Labor. However, there are\n\nstill questions.", false),
            ("Crossings resume in May", true),
            ("after the repairs.", false),
        ]);
        // A web address or a domain opens a line of its own, and a line of marks ends no sentence.
        var addresses = Article.Parse("a.txt", "Details are at\n\nwww.example.org for all.\n\n# # #\n\nhttps://example.org/pier\n");
        addresses.Paragraphs.Select(p => addresses.GetText(p.Span)).ShouldBe(["Details are at", "www.example.org for all.", "# # #", "https://example.org/pier"]);
        // A headline ending on a capital stays a headline over a dateline in lower case, as a wire prints it.
        var wire = Article.Parse("a.txt", "FERRY FARES UP 0.50 DLR-PORT\n\nharbourtown, may 7 - ferry fares rose, the port said.\n");
        wire.Paragraphs.Select(p => (wire.GetText(p.Span), p.IsHeading)).ShouldBe([("FERRY FARES UP 0.50 DLR-PORT", true), ("harbourtown, may 7 - ferry fares rose, the port said.", false)]);
        // A credit ends its line on a name: the field a CMS pasted under it is a line of its own.
        var credit = Article.Parse("a.txt", "“The ferry sails on time,” the port said. – Agencies\n\n date 2022-03-14 The talks resume.\n");
        credit.Paragraphs.Count.ShouldBe(2);
        // The first line is the headline, set apart by its blank line whatever case it ends in.
        var headline = Article.Parse("a.txt", "Talks resume as the ferry steps up service\n\n date 2022-03-14 The talks resume.\n");
        headline.Paragraphs.Select(p => (headline.GetText(p.Span), p.IsHeading)).ShouldBe([("Talks resume as the ferry steps up service", true), ("date 2022-03-14 The talks resume.", false)]);
    }

    [Fact]
    public void A_markdown_table_s_cells_are_paragraphs_of_their_own_and_its_header_cells_are_headings()
    {
        var article = Article.Parse("a.md", "Crossings today.\n\n| Route | Departs |\n|-------|---------|\n| North pier | 09:00 |\n| South pier | \"We sail,\" he said |\n");
        article.Paragraphs.Select(p => (article.GetText(p.Span), p.IsHeading, p.IsTableCell)).ShouldBe([
            ("Crossings today.", false, false), ("Route", true, true), ("Departs", true, true), ("North pier", false, true), ("09:00", false, true),
            ("South pier", false, true), ("\"We sail,\" he said", false, true),
        ]);
    }

    [Fact]
    public void Line_endings_of_every_kind_count_as_lines()
    {
        var article = Article.Parse("a.txt", "One.\r\nTwo.\rThree.\nkyiv");
        var token = article.Tokens.Single(t => t.Text == "kyiv");
        article.GetLocation(token.Span).LineSpan.ShouldBe(new Text.LinePositionSpan(4, 1, 4, 5));
    }

    [Fact]
    public void A_line_ends_after_its_break_and_trims_to_its_text()
    {
        var text = "One. \r\n  \t\rThree.\n  kyiv";
        var lines = new Text.LineMap(text);
        Enumerable.Range(0, lines.LineCount).Select(lines.GetLineEnd).ShouldBe([7, 11, 18, 24]);
        Enumerable.Range(0, lines.LineCount).Select(line => text.Substring(lines.GetTrimmedLine(text, line).Start, lines.GetTrimmedLine(text, line).Length))
            .ShouldBe(["One.", "", "Three.", "kyiv"]);
    }

    [Fact]
    public void An_embedded_post_runs_from_its_lead_in_or_first_sentence_to_its_signature()
    {
        var article = Article.Parse("a.txt",
            "The mayor replied within minutes: Water is back in every district. Thank you all. pic.twitter.com/x7Yq2 — Ana Ruiz (@anaruiz) " +
            "March 14, 2022 Crews kept working overnight.\n\nThe council, meanwhile, stayed silent.\n\nPower is back too.\n\n— Ana Ruiz (@anaruiz) March 15, 2022\n");
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(
        [
            "Water is back in every district. Thank you all. pic.twitter.com/x7Yq2 — Ana Ruiz (@anaruiz) March 14, 2022",
            "Power is back too.\n\n— Ana Ruiz (@anaruiz) March 15, 2022",
        ]);
        article.Tokens.Where(t => t.IsWord && t.IsInReproducedText).Select(t => t.Text).ShouldNotContain("Crews");
        article.Tokens.First(t => t.Text == "Water").IsInReproducedText.ShouldBeTrue();
        // A dash and a name with no handle and date is no signature.
        Article.Parse("a.txt", "It held — Ana Ruiz (the mayor) said so on March 14, 2022.").EmbeddedPostSpans.ShouldBeEmpty();
    }

    [Fact]
    public void An_embedded_post_whose_signature_lost_its_dash_ends_at_its_date()
    {
        var article = Article.Parse("a.txt",
            "Crews kept working overnight. The mayor posted: Water is back in every district. Thank you all  Mayor AnaRuiz (@anaruiz) March 14, 2022Readers cheered.");
        // The date ran into the next sentence's first word, which the year's token holds.
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(["Water is back in every district. Thank you all  Mayor AnaRuiz (@anaruiz) March 14, 2022Readers"]);
        // A name with its handle in brackets, then the article's own words, is no signature.
        Article.Parse("a.txt", "Ana Ruiz (@anaruiz) said on March 14, 2022 that water was back.").EmbeddedPostSpans.ShouldBeEmpty();
    }

    [Fact]
    public void A_reader_s_comment_signed_after_its_last_sentence_is_a_post_and_a_byline_over_the_story_is_not()
    {
        var article = Article.Parse("a.txt", "The ferry is late.\n\nWe all need to take the bus. by jim Jun 5, 2008 3:13 PM The pier is closed.\n");
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(["We all need to take the bus. by jim Jun 5, 2008 3:13 PM"]);
        Article.Parse("a.txt", "Ferry fares rise\n\nFares rise again, reports say.\n\nby Jane Roe\nJuly 24, 2012 5:14 AM PDT\n\nThe ferry is late.\n")
            .EmbeddedPostSpans.ShouldBeEmpty();
    }

    [Fact]
    public void An_embedded_post_s_dash_garbled_by_a_wrong_decoding_still_ends_it()
    {
        var article = Article.Parse("a.txt", "The mayor wrote: Water is back. \u00e2\u0080\u0094 Ana Ruiz (@anaruiz) March 14, 2022");
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(["Water is back. \u00e2\u0080\u0094 Ana Ruiz (@anaruiz) March 14, 2022"]);
    }

    [Fact]
    public void Posts_in_a_row_and_a_post_without_its_signature_are_each_one_post()
    {
        var article = Article.Parse("a.txt",
            "Great day — Kai Tamm (@kaitamm) March 3, 2022 what a turnout today — Ott Sepp (@ottsepp) March 3, 2022\n\n" +
            "Crews worked all night. Power is back in the east pic.twitter.com/x7Yq2 Officials confirmed it.");
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(
        [
            "Great day — Kai Tamm (@kaitamm) March 3, 2022",
            "what a turnout today — Ott Sepp (@ottsepp) March 3, 2022",
            "Crews worked all night. Power is back in the east pic.twitter.com/x7Yq2",
        ]);
    }

    [Fact]
    public void A_sentence_that_repeats_a_quotation_in_other_capitals_and_apostrophes_is_the_quoted_post()
    {
        var article = Article.Parse("a.txt",
            "“We won’t close the northern bridge this winter,” the mayor wrote on Friday. WE WON'T CLOSE THE NORTHERN BRIDGE THIS WINTER. " +
            "Crews kept working.");
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(["the mayor wrote on Friday. WE WON'T CLOSE THE NORTHERN BRIDGE THIS WINTER."]);
        // One word other than the quotation's, and the sentence is the article's own.
        Article.Parse("a.txt",
            "“We won’t close the northern bridge this winter,” the mayor wrote on Friday. We will not close the northern bridge this winter. " +
            "Crews kept working.").EmbeddedPostSpans.ShouldBeEmpty();
    }

    [Fact]
    public void A_post_whose_line_breaks_the_export_dropped_is_an_embedded_post()
    {
        // Longer than a post: the paragraph is the article's, and the post is the sentences the break joins.
        var text = string.Concat(Enumerable.Repeat("The ferry returned on Friday after a winter of repairs at the yard. ", 5)) +
                   "Readers cheered. It is back!Sailings resume at noon from Leith. The board met later. Fares rose by 5 p.m.Tickets sold out.";
        var article = Article.Parse("a.txt", text);
        article.EmbeddedPostSpans.Select(article.GetText).ShouldBe(["It is back!Sailings resume at noon from Leith."]);
        article.Tokens.First(t => t.Text == "Readers").IsInReproducedText.ShouldBeFalse();
    }

    [Theory]
    [InlineData("a.txt", "The tor\u00ADture of a gender-spe\u00ADcific kind, the ferry\u200Bmen and the pier\u2060side\uFEFF crews.")]
    [InlineData("a.html", "<p>The tor&shy;ture of a gender-spe&#173;cific kind, the ferry&#x200B;men and the pier\u2060side crews.</p>")]
    public void Soft_hyphens_and_zero_width_characters_inside_words_show_nothing_and_join_them(string path, string text)
    {
        // Pages and CMS exports leave them inside words, where they only mark where a line may break.
        var article = Article.Parse(path, text);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["The", "torture", "of", "a", "gender-specific", "kind", "the", "ferrymen", "and", "the", "pierside", "crews"]);
    }

    [Fact]
    public void Two_sentences_longer_than_a_post_joined_without_a_space_are_the_article_s_own()
    {
        // A paragraph of the article's own, a space short after a full stop: no post's line break, as a merged page's would be.
        var text = "Harbour fees are not unlawful or unusual in the county, whatever the ferry's regular passengers may have been told.It’s "
                   + "just that the council would rather keep every fee it can see in its own accounts, where it can count it, spend it on "
                   + "the pier and the lights, and report it to the ratepayers at the annual meeting in the spring.";
        var article = Article.Parse("a.md", text);
        article.EmbeddedPostSpans.ShouldBeEmpty();
        // The same two sentences among a page's, merged onto one line, are a post whose line break the export dropped.
        var page = string.Concat(Enumerable.Repeat("The ferry returned on Friday after a winter of repairs. ", 10)) + text;
        var merged = Article.Parse("a.txt", page);
        merged.EmbeddedPostSpans.Select(merged.GetText).ShouldBe([text]);
    }

    [Fact]
    public void A_statement_in_single_quotation_marks_is_someone_else_s_words_but_no_quotation()
    {
        const string text = "'We will rebuild the bridge,' the mayor said. The soldiers' families and rock 'n' roll fans met on the 'big day'.";
        var article = Article.Parse("a.txt", text);
        article.SingleQuotedStatementSpans.Select(article.GetText).ShouldBe(["We will rebuild the bridge,"]);
        article.Quotations.ShouldBeEmpty();
        article.IsInOthersWords(new Text.TextSpan(text.IndexOf("bridge"), 6)).ShouldBeTrue();
        article.Tokens.Where(t => t.IsInSingleQuotes).Select(t => t.Text).ShouldBe(["We", "will", "rebuild", "the", "bridge", ","]);
    }

    [Fact]
    public void A_statement_woven_into_a_sentence_or_opened_by_a_bracket_is_in_single_quotation_marks()
    {
        const string text = "She hoped the 'calm of the harbour would keep them safe' that night. '(The council) must choose now,' he said. " +
                            "Fans of rock 'n' roll and the soldiers' families came.";
        var article = Article.Parse("a.txt", text);
        article.SingleQuotedStatementSpans.Select(article.GetText).ShouldBe(["calm of the harbour would keep them safe", "(The council) must choose now,"]);
    }

    [Fact]
    public void A_term_quoted_inside_a_statement_or_a_sentence_does_not_end_or_run_on_past_it()
    {
        // 'weak' is a term inside the statement: its closing mark does not close the statement.
        const string inside = "'The index finds the fleet is rated 'weak' and at risk of failing,' the report said.";
        var article = Article.Parse("a.txt", inside);
        article.SingleQuotedStatementSpans.Select(article.GetText).ShouldBe(["The index finds the fleet is rated 'weak' and at risk of failing,"]);
        // A name quoted inside the statement neither closes nor replaces it.
        const string name = "He wrote: 'Our crews hit the depot at the hotel 'Harbour'. Many were killed.' Officials denied it.";
        var named = Article.Parse("a.txt", name);
        named.SingleQuotedStatementSpans.Select(named.GetText).ShouldBe(["Our crews hit the depot at the hotel 'Harbour'. Many were killed."]);
        // A statement quoting another to the end of its paragraph closes both with one mark; not before the paragraph ends.
        const string nested = "The mayor posted on Monday.\n\n'The harbour board has said that the 'Pier will stay shut for a year.'\n\nCrews left.";
        var nestedArticle = Article.Parse("a.txt", nested);
        nestedArticle.SingleQuotedStatementSpans.Select(nestedArticle.GetText).ShouldBe(["The harbour board has said that the 'Pier will stay shut for a year."]);
        const string replaced = "'The harbour board has said that the 'Pier will stay shut for a year.' Crews left.";
        var replacedArticle = Article.Parse("a.txt", replaced);
        replacedArticle.SingleQuotedStatementSpans.Select(replacedArticle.GetText).ShouldBe(["Pier will stay shut for a year."]);
        // 'rebels' closes with a mark that reads as a possessive's: what it opened ends with its sentence.
        const string term = "Officials called them 'rebels' and vowed to act. The harbour reopened on Friday, the mayor's office said.";
        Article.Parse("a.txt", term).SingleQuotedStatementSpans.ShouldBeEmpty();
    }

    [Fact]
    public void Speakers_taking_turns_inside_one_paragraph_are_a_reproduced_transcript()
    {
        const string text = "The mayor took questions. HALE: Will the pier reopen? OSEI: Not this week. It needs repairs. HALE: And then? " +
                            "OSEI: Next month.\n\nRELATED: Ferries return. The pier closed in May. RELATED: Fees rise. The board met.\n";
        var article = Article.Parse("a.txt", text);
        article.TranscriptSpans.Select(article.GetText).ShouldBe(["HALE: Will the pier reopen? OSEI: Not this week. It needs repairs. HALE: And then? OSEI: Next month."]);
        article.Tokens.First(t => t.Text == "repairs").IsInReproducedText.ShouldBeTrue();
        article.Tokens.First(t => t.Text == "mayor").IsInReproducedText.ShouldBeFalse();
        // A kicker repeated takes no turns.
        article.Tokens.First(t => t.Text == "Fees").IsInReproducedText.ShouldBeFalse();
    }

    [Fact]
    public void Paragraphs_that_open_with_speakers_labels_are_a_reproduced_transcript()
    {
        var article = Article.Parse("a.txt",
            "UPDATE: The bridge reopened on Friday.\n\nThe minister was asked about it.\n\nQ: Will the bridge reopen?\n\n" +
            "MINISTER DAVIES: Not this week.\n\nShe left soon after.\n");
        article.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, false, true, true, false]);
        article.Tokens.First(t => t.Text == "Not").IsInReproducedText.ShouldBeTrue();
        article.Tokens.First(t => t.Text == "reopened").IsInReproducedText.ShouldBeFalse();
        // A courtesy title's point inside the label, as a briefing's record prints it.
        var briefing = Article.Parse("a.txt", "The mayor spoke.\n\nQ: Will the pier reopen?\n\nMR. HALE: Not this week.\n\nQ: And the ferry?\n\nMR. HALE: Soon.\n");
        briefing.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, true, true, true, true]);
    }

    [Fact]
    public void A_long_answer_s_paragraphs_between_two_turns_and_a_turn_whose_label_others_use_are_the_transcript_s()
    {
        // A press conference's record: the first answer and its paragraphs before the questions begin, a long answer over two
        // paragraphs, and the writer's words after the last turn.
        var article = Article.Parse("a.txt",
            "Ferry timetables\n\nHARBOUR MASTER: Good morning. The ferries sail again.\n\nThe pier reopens on Monday.\n\n"
            + "REPORTER: When do repairs end?\n\nHARBOUR MASTER: In May.\n\nThe crews work at night.\n\nREPORTER: Thank you.\n\n"
            + "The conference ended at noon.\n");
        bool InTurn(string word) => article.IsInTranscript(article.Tokens.First(t => t.Text == word).Span);
        new[] { "morning", "reopens", "repairs", "crews", "Thank" }.Where(word => !InTurn(word)).ShouldBeEmpty();
        InTurn("conference").ShouldBeFalse();
        // Turns beside each other are reproduced text, as before; the others are the publisher's own record, spelled as its
        // transcriber spelled it.
        article.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, false, false, true, true, false, false, false]);
        // One label repeated is a column of kickers, not speakers taking turns: the paragraphs between them are the writer's.
        var kickers = Article.Parse("a.txt", "RELATED: Ferries return.\n\nRELATED: Fees rise.\n\nThe pier closed in May.\n\nRELATED: The board met.\n");
        kickers.Paragraphs.Select(p => p.IsReproduced).ShouldBe([true, true, false, false]);
        kickers.IsInTranscript(kickers.Tokens.First(t => t.Text == "pier").Span).ShouldBeFalse();
        // Labels on lines of their own, over each turn: the paragraphs under one, to the next label, are the speaker's.
        var interview = Article.Parse("a.txt", "Interview with the harbour radio\n\nHOST:\n\nWhen does the pier reopen?\n\nMINISTER:\n\n"
                                               + "In May. The crews work at night.\n\nAnd the fares stay.\n\nHOST:\n\nThank you.\n");
        new[] { "When", "May", "fares", "Thank" }.Where(word => !interview.IsInTranscript(interview.Tokens.First(t => t.Text == word).Span)).ShouldBeEmpty();
        interview.IsInTranscript(interview.Tokens.First(t => t.Text == "Interview").Span).ShouldBeFalse();
        interview.Paragraphs.ShouldAllBe(p => !p.IsReproduced);
        // One label alone is a kicker over the copy.
        var kicker = Article.Parse("a.txt", "UPDATE:\n\nThe pier reopens in May.\n");
        kicker.TurnSpans.ShouldBeEmpty();
        // Terms with digits, each opening its definition, are a list, not speakers: no label of a speaker holds a digit.
        var definitions = Article.Parse("a.txt", "CRC-32: A short check of the file.\n\nSHA-256: A longer hash of the file.\n");
        definitions.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, false]);
        definitions.TurnSpans.ShouldBeEmpty();
    }

    [Fact]
    public void A_lead_in_that_names_a_speech_or_an_email_introduces_a_document()
    {
        var article = Article.Parse("a.txt", "In the email, the principal wrote:\n\nClasses resume on Monday.\n\nParents were relieved.\n");
        article.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, true, false]);
    }

    [Fact]
    public void A_lead_in_sentence_that_ends_naming_a_document_introduces_the_rest_of_its_paragraph()
    {
        const string text = "Ferries stopped at noon. The harbour board's statement reads in full: Sailings are cancelled until Monday. " +
                            "Refunds are offered.\n\nVia the Coastal Herald: Crews worked all night.\n\nThe board met on Friday.\n";
        var article = Article.Parse("a.txt", text);
        article.ExcerptSpans.Select(article.GetText).ShouldBe(["Sailings are cancelled until Monday. Refunds are offered.", "Crews worked all night."]);
        article.Tokens.First(t => t.Text == "Ferries").IsInReproducedText.ShouldBeFalse();
        article.Tokens.First(t => t.Text == "Sailings").IsInReproducedText.ShouldBeTrue();
        article.IsInReproducedText(new Text.TextSpan(text.IndexOf("Crews"), 5)).ShouldBeTrue();
        article.IsInReproducedText(new Text.TextSpan(text.IndexOf("board met"), 5)).ShouldBeFalse();
    }

    [Fact]
    public void A_lead_in_sentence_that_names_a_platform_anywhere_introduces_its_posts()
    {
        const string text = "Ferries stopped at noon. The mayor wrote on Facebook on Tuesday: Sailings are cancelled until Monday. Sorry all.";
        var article = Article.Parse("a.txt", text);
        article.ExcerptSpans.Select(article.GetText).ShouldBe(["Sailings are cancelled until Monday. Sorry all."]);
    }

    [Fact]
    public void A_post_read_out_in_a_page_run_together_runs_to_a_post_s_length()
    {
        // The page's paragraphs are lost: the post the lead-in reads out ends with the sentence that reaches a tweet's 280
        // characters, and the article's words after it stay checked.
        var post = "Sailings are cancelled until Monday. " + string.Concat(Enumerable.Repeat("Sorry to everyone waiting at the pier. ", 7));
        var text = "Ferries stopped at noon. The mayor wrote on Facebook on Tuesday: " + post +
                   string.Concat(Enumerable.Repeat("The board met on Friday and agreed to talk. ", 40));
        var article = Article.Parse("a.txt", text);
        article.ExcerptSpans.Select(article.GetText).ShouldBe([post.TrimEnd()]);
        // A platform the sentence only names is the article's subject, not a post it reads out.
        Article.Parse("a.txt", "Facebook is his preferred outlet: Ferries stopped at noon. " +
                               string.Concat(Enumerable.Repeat("The board met on Friday and agreed to talk. ", 40))).ExcerptSpans.ShouldBeEmpty();
    }

    [Fact]
    public void A_colon_that_does_not_close_the_naming_of_a_document_introduces_no_excerpt()
    {
        // The colon is further on than the document the sentence names; a label names one in fewer than three words;
        // a verb alone names none.
        Article.Parse("a.txt", "In her message she named the winner: Avonlea took the prize. The rest followed.").ExcerptSpans.ShouldBeEmpty();
        Article.Parse("a.txt", "Editor's note: This story was updated. Ferries stopped.").ExcerptSpans.ShouldBeEmpty();
        Article.Parse("a.txt", "Crews at the pier (Photo/Ana Ruiz) EDS NOTE: GRAPHIC CONTENT - Ferries stopped.").ExcerptSpans.ShouldBeEmpty();
        Article.Parse("a.txt", "The mayor then said: Ferries will sail again soon.").ExcerptSpans.ShouldBeEmpty();
        // A document named without being read out is the article's summary of it.
        Article.Parse("a.txt", "The unions sent the board a blunt message: Ferries must sail again.").ExcerptSpans.ShouldBeEmpty();
        Article.Parse("a.txt", "The unions sent the board the following message: Ferries must sail again.").ExcerptSpans.Count.ShouldBe(1);
        // An export that ran the paragraphs together: the excerpt's end is lost, and the article's words must stay checked.
        Article.Parse("a.txt", "The unions sent the board the following message: Ferries must sail again. " +
                               string.Concat(Enumerable.Repeat("The board met on Friday and agreed to talk. ", 40))).ExcerptSpans.ShouldBeEmpty();
    }

    [Fact]
    public void A_paragraph_signed_by_a_handle_on_a_line_of_its_own_is_a_reproduced_post()
    {
        var article = Article.Parse("a.txt",
            "We asked readers about the ferry.\n\nBring back the night sailing.\n\n@harbour_fan.\n\nThe board did not reply.\n\n" +
            "Its chair wrote to @harbourboard on Friday.\n\nNothing changed.\n");
        article.Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, true, false, false, false, false]);
    }

    [Fact]
    public void Teasers_stamped_with_a_time_and_a_byline_are_a_list_of_other_articles()
    {
        const string text = "The pier reopened on Friday. 3/4/21, 9:15 AM GMT BY Ana Ruiz Ferries return to the bay. " +
                            "3/4/21, 8:02 AM GMT BY Kai Tamm Harbour fees rise again. The mayor spoke at noon.\n\n" +
                            "Updated 3/5/21, 10:00 AM BY the desk.\n";
        var article = Article.Parse("a.txt", text);
        article.TeaserListSpans.Select(article.GetText).ShouldBe(
            ["3/4/21, 9:15 AM GMT BY Ana Ruiz Ferries return to the bay. 3/4/21, 8:02 AM GMT BY Kai Tamm Harbour fees rise again."]);
        article.Tokens.First(t => t.Text == "pier").IsInReproducedText.ShouldBeFalse();
        article.Tokens.First(t => t.Text == "mayor").IsInReproducedText.ShouldBeFalse();
        article.Tokens.First(t => t.Text == "desk").IsInReproducedText.ShouldBeFalse();
    }

    [Fact]
    public void Two_apostrophes_are_read_as_one_quotation_mark()
    {
        const string text = "''We will not close the pier,'' the mayor said. ''It is open to everyone\" she added. Rock 'n' roll played.";
        var article = Article.Parse("a.txt", text);
        // The second statement opens with two apostrophes and closes with a double mark: its apostrophes close nothing.
        article.SingleQuotedStatementSpans.Select(article.GetText).ShouldBe(["We will not close the pier,"]);
        // Two apostrophes after a word close the statement though a word follows: no possessive is written so.
        const string woven = "''We admire the design of the new pier'' in Leith, the mayor said, ''and the old one too.''";
        var wovenArticle = Article.Parse("a.txt", woven);
        // The statement goes on after the attribution, woven into the sentence from a lower-case word.
        wovenArticle.SingleQuotedStatementSpans.Select(wovenArticle.GetText).ShouldBe(["We admire the design of the new pier", "and the old one too."]);
    }

    [Theory]
    [InlineData("_posts/2026-11-30-ferry-returns.md", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("archive/2026-11-30.txt", "The ferry sails at noon.\n", "2026-11-30")]
    // The front matter's date wins; one it cannot read is reported (ED9007), not replaced by the file name's.
    [InlineData("_posts/2026-11-30-ferry-returns.md", "---\ndate: 2026-12-01\n---\nThe ferry sails at noon.\n", "2026-12-01")]
    [InlineData("_posts/2026-11-30-ferry-returns.md", "---\ndate: last Tuesday\n---\nThe ferry sails at noon.\n", null)]
    [InlineData("notes-2026-11-30.md", "The ferry sails at noon.\n", null)]
    [InlineData("2026-11-31-ferry.md", "The ferry sails at noon.\n", null)]
    // A folder named for its day (a page bundle), or folders of the year, month and day; the nearest to the file wins.
    [InlineData("content/posts/2026-11-30-ferry-returns/index.md", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("archive/2026/11/30/ferry-returns.md", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("blog/2026/11/30/ferry-returns/index.md", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("2019/01/02/archive/2026-11-30-ferry.md", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("blog\\2026\\11\\30\\ferry.md", "The ferry sails at noon.\n", "2026-11-30")]
    // A press office's archive: the day, the month's name and the year, run together or hyphenated.
    [InlineData("releases/30Nov2026Harbour12.txt", "The ferry sails at noon.\n", "2026-11-30")]
    [InlineData("releases/3-Sept-2026-ferry.txt", "The ferry sails at noon.\n", "2026-09-03")]
    [InlineData("releases/31Nov2026Harbour12.txt", "The ferry sails at noon.\n", null)]
    [InlineData("releases/30Nov20261.txt", "The ferry sails at noon.\n", null)]
    [InlineData("releases/30Novel2026.txt", "The ferry sails at noon.\n", null)]
    // A year alone, or numbers that make no day, give none.
    [InlineData("blog/2026/ferry-returns.md", "The ferry sails at noon.\n", null)]
    [InlineData("issues/2026/13/45/ferry.md", "The ferry sails at noon.\n", null)]
    public void An_article_without_a_date_key_takes_the_day_its_path_gives(string path, string text, string? expected)
    {
        // Parenthesised: a null date must meet the assertion too, not skip it.
        (Article.Parse(path, text).Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void A_front_matter_title_is_a_heading_and_the_other_keys_are_not_prose()
    {
        var article = Article.Parse("a.md", "---\ntitle: Ferry returns\ntags: pier\n---\nThe ferry sails at noon.\n");
        article.Tokens.Where(t => t.IsInHeading).Select(t => t.Text).ShouldBe(["Ferry", "returns"]);
        article.Tokens.Select(t => t.Text).ShouldNotContain("pier");
    }

    [Theory]
    [InlineData("## Use `Timetable` { #use-timetable }\n\nThe ferry sails.\n", new[] { "Use", "\uFFFC" })]
    [InlineData("## Ferry returns {#ferry-returns}\n\nThe ferry sails.\n", new[] { "Ferry", "returns" })]
    [InlineData("# Ferry returns {: #ferry .note }\n\nThe ferry sails.\n", new[] { "Ferry", "returns" })]
    // Braces that hold no id or class are the heading's words.
    [InlineData("## The ferry {sic} returns\n\nThe ferry sails.\n", new[] { "The", "ferry", "{", "sic", "}", "returns" })]
    public void A_heading_s_id_or_classes_in_braces_are_its_anchor_not_its_text(string page, string[] heading)
    {
        var article = Article.Parse("a.md", page);
        article.Tokens.Where(t => t.IsInHeading).Select(t => t.Text).ShouldBe(heading);
    }

    [Fact]
    public void Liquid_highlight_and_comment_blocks_are_code_and_an_unclosed_one_holds_nothing()
    {
        // Jekyll's code block before fenced code, and a comment the page never shows.
        var article = Article.Parse("a.md", "The ferry sails.\n\n{% highlight ruby %}\nclass Ferry\n  def sail\n  end\nend\n{% endhighlight %}\n\n"
            + "{%- comment -%}\nDraft note: check the the times.\n{%- endcomment -%}\n\nIt docks at noon.\n\n{% highlight go %}\nThe pier is open.\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["The", "ferry", "sails", "It", "docks", "at", "noon", "The", "pier", "is", "open"]);
    }

    [Fact]
    public void A_liquid_tag_serves_as_a_link_s_destination_and_its_reference_label_is_no_prose()
    {
        // Jekyll runs Liquid before Markdown: the tag, spaces and all, is the reference's destination, and "ferry plan" the
        // label a reader never sees; so is "{{ site.url }}" in an inline link.
        var article = Article.Parse("a.md", "The council showed [a ferry plan][harbour ferryplan] and [the map]({{ site.url }}/map.pdf).\n\n"
            + "[harbour ferryplan]: {% include asset_path file_name=\"Ferry Plan 2021.pdf\" %}\n");
        article.Tokens.Where(t => t.IsWord && !t.IsNonProse).Select(t => t.Text).ShouldBe(["The", "council", "showed", "a", "ferry", "plan", "and", "the", "map"]);
        // A mark that nothing closes on its line is text.
        Article.Parse("a.md", "Braces {{ open here.\n\nThe pier }} closed.\n").Tokens.Where(t => t.IsWord).Select(t => t.Text)
            .ShouldBe(["Braces", "open", "here", "The", "pier", "closed"]);
    }

    [Fact]
    public void An_mkdocs_admonition_s_indented_body_is_the_writer_s_prose_and_its_fenced_code_is_code()
    {
        const string page = "The ferry sails at noon.\n\n!!! warning \"Timetable\"\n    The pier closes at dusk.\n\n"
            + "    ```yaml\n    pier: north\n\n    berth: two\n    ```\n\n    - Bring a ticket.\n\n??? note\n\tIt docks at six.\n\n"
            + "Back on the page.\n\n    indented = after(a, paragraph)\n";
        var article = Article.Parse("a.md", page);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(
            ["The", "ferry", "sails", "at", "noon", "The", "pier", "closes", "at", "dusk", "Bring", "a", "ticket", "It", "docks", "at", "six",
             "Back", "on", "the", "page"]);
        // The box is the writer's, not a quotation.
        article.Tokens.Where(t => t.IsTranscribed).ShouldBeEmpty();
        // Exclamation marks in a sentence open no admonition.
        Article.Parse("a.md", "It sank!!! Nobody\n    saw it.\n").Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["It", "sank", "Nobody", "saw", "it"]);
    }

    [Fact]
    public void A_github_alert_or_a_callout_is_the_writer_s_box_not_a_quotation_and_its_marker_is_markup()
    {
        var article = Article.Parse("a.md", "The ferry sails at noon.\n\n> [!NOTE]\n> The pier closes at dusk.\n\n> [!tip]- Tickets\n> Buy them aboard.\n\n"
            + "> The harbour master said it would sail.\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(
            ["The", "ferry", "sails", "at", "noon", "The", "pier", "closes", "at", "dusk", "Tickets", "Buy", "them", "aboard",
             "The", "harbour", "master", "said", "it", "would", "sail"]);
        // Only the block quote that is no callout is someone else's text.
        article.Tokens.Where(t => t.IsTranscribed && t.IsWord).Select(t => t.Text).ShouldBe(["The", "harbour", "master", "said", "it", "would", "sail"]);
    }

    [Fact]
    public void A_Hugo_shortcode_is_a_link_s_destination_as_Hugo_renders_it()
    {
        // Hugo puts a placeholder for each shortcode before it renders the Markdown: "{{< ref … >}}" is a destination, and the
        // link reference definition it ends, title included, is no prose.
        var article = Article.Parse("a.md", "See [the guide]({{< ref \"guide.md\" >}}) today.\n\n- [Ferry desk][desk]\n\n"
            + "[desk]: {{< ref \"/about/desk.md\" >}} \"Write to the desk\"\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["See", "the", "guide", "today", "Ferry", "desk"]);
        article.Tokens.Where(t => !t.IsWord && !t.IsNonProse).Select(t => t.Text).ShouldBe(["."]);
    }

    [Fact]
    public void An_address_taken_with_a_space_after_each_dot_and_slash_is_one_token_and_a_whole_one_ends_at_its_full_stop()
    {
        var article = Article.Parse("a.txt", "Visit http://www. harbour. org/ news . Times: https:/ / www. Harbour. org/ ferry-times. html, "
            + "or www. harbourgazette. com. Then http://www.harbour.org. The pier. And http://www. We sail. Read http://doi. harbour. org/ 10. 12/ ab. 3 today.");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(
            ["http://www. harbour. org/ news", "https:/ / www. Harbour. org/ ferry-times. html", "www. harbourgazette. com", "http://www.harbour.org", "http://www",
             "http://doi. harbour. org/ 10. 12/ ab. 3"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("sail");
    }

    [Fact]
    public void Template_tags_and_relative_paths_are_one_token_each_and_an_unclosed_tag_is_text()
    {
        var article = Article.Parse("a.txt", "See {{< ref \"../a.md\" >}} and {% include b.html %}, then {{ page.title }} in ./notes or ../img/c.jpg. A {{ brace stays, and so does {% this. Add .../locale/fr.js and …/maps/pier.");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(
            ["{{< ref \"../a.md\" >}}", "{% include b.html %}", "{{ page.title }}", "./notes", "../img/c.jpg", ".../locale/fr.js", "…/maps/pier"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("brace");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("this");
    }

    [Fact]
    public void Paths_to_files_and_documentation_extension_lines_are_one_token_each_and_prose_slashes_stay_words()
    {
        var article = Article.Parse("a.md", "The map is in media/ferry/pier-map.png, and/or the docs/timetable.md page, open 24/7.\n\n"
            + ":::image type=\"content\" source=\"media/ferry/dock.png\" alt-text=\"The dock at dawn.\":::\n\nThe ferry sails at noon.\n");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(
            ["media/ferry/pier-map.png", "docs/timetable.md", ":::image type=\"content\" source=\"media/ferry/dock.png\" alt-text=\"The dock at dawn.\":::"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("and");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldNotContain("dock");
    }

    [Fact]
    public void Words_struck_through_in_Markdown_are_no_words_of_the_copy_and_a_lone_tilde_is_text()
    {
        var article = Article.Parse("a.md", "Serving the ~~color~~ colour guard was an honour, ~40 crew said.\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Serving", "the", "colour", "guard", "was", "an", "honour", "crew", "said"]);
    }

    [Fact]
    public void An_address_on_a_local_network_is_one_token_and_a_handle_after_a_space_is_another()
    {
        var article = Article.Parse("a.txt", "Write to the pier office (hmaster@pier) or to desk.editor@harbour.org, and follow @harbourdesk for news. "
            + "The desk posted .@pierclub on Monday.");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["hmaster@pier", "desk.editor@harbour.org", "@harbourdesk", "@pierclub"]);
    }

    [Fact]
    public void An_absolute_path_of_two_parts_or_more_is_one_token_and_a_lone_slash_or_one_part_stays_prose()
    {
        var article = Article.Parse("a.md", "GET /apis/ferry/v1/piers/{pier}/berths/{name}, read /etc/ferry/timetable. "
            + "The ferry / the boat sails /s and // late.\n");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["/apis/ferry/v1/piers/{pier}/berths/{name}", "/etc/ferry/timetable"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["GET", "read", "The", "ferry", "the", "boat", "sails", "s", "and", "late"]);
    }

    [Fact]
    public void A_link_destination_that_holds_spaces_is_one_path_to_its_closing_parenthesis()
    {
        // kramdown renders it as a link, CommonMark as text: either way the file's name is no prose.
        var article = Article.Parse("a.md", "The members are at [Annex A (DOCX)](/files/2016/05/Annex A Harbour Commitee List.docx). "
            + "The ferry (/etc/ferry is its path) sails.\n");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["/files/2016/05/Annex A Harbour Commitee List.docx", "/etc/ferry"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("path");
    }

    [Fact]
    public void A_long_command_line_option_is_one_token_and_a_dash_of_prose_stays_a_dash()
    {
        var article = Article.Parse("a.md", "Run it with --dry-run or --version version[=true]. The ferry left--late -- and sailed.\n");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["--dry-run", "--version"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Run", "it", "with", "or", "version", "true", "The", "ferry", "left", "late", "and", "sailed"]);
    }

    [Fact]
    public void A_reference_to_an_issue_is_one_token_and_a_hashtag_stays_a_hashtag()
    {
        var article = Article.Parse("a.md", "See harbour/ferries#42 and pr#7 for the vote, and #FerryStrike for the posts.\n");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["harbour/ferries#42", "pr#7", "#FerryStrike"]);
    }

    [Fact]
    public void A_run_of_slashes_is_read_once()
    {
        var text = string.Concat(Enumerable.Repeat("a/", 400_000)) + "b.txt";
        var article = Article.Parse("a.txt", text);
        article.Tokens.Where(t => t.IsNonProse).ShouldHaveSingleItem().Text.Length.ShouldBe(text.Length);
    }

    [Fact]
    public void A_block_of_unclosed_template_openings_is_read_once()
    {
        // Each opening would search the rest of the block for its closing marks; a failed search answers for the later ones.
        var text = string.Concat(Enumerable.Repeat("{{ {% ", 50_000));
        var article = Article.Parse("a.txt", text);
        article.Tokens.Count.ShouldBe(200_000);
        article.Tokens.ShouldAllBe(t => !t.IsNonProse);
    }

    [Fact]
    public void Dotted_module_paths_and_snake_case_names_are_not_prose()
    {
        // A path may end in a type's name in camel case, and a namespace is capitalised; a capitalised word after a stop, or
        // one without a capital inside, is the next sentence's.
        var article = Article.Parse("a.txt", "Set max_retries in app.config.loader, e.g. for the U.S.A. team. It ended.Then news.bbc.co.uk/world loaded. "
            + "It threw java.lang.NullPointerException at the pier.gate.Then it stopped. Microsoft.Data.Sqlite and System.Xaml read it "
            + "in Leith.Then it stopped.");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(
            ["max_retries", "app.config.loader", "news.bbc.co.uk/world", "java.lang.NullPointerException", "Microsoft.Data.Sqlite", "System.Xaml"]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("U.S.A.");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldContain("Then");
    }

    [Fact]
    public void A_Markdown_attribute_list_is_markup_and_not_prose()
    {
        // kramdown's and Pandoc's attributes after a link, an image or a heading style the page ("align-center" is no
        // American spelling); braces in a sentence stay its words.
        var article = Article.Parse("a.md", "Read the [post](https://example.org){: .color-box target=\"_blank\"} today.\n\n"
            + "![Pier](/pier.jpg \"Pier\"){.align-center}\n\n## Timetable {#sailings}\n\nThe set {a, b} stays.\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Read", "the", "post", "today", "Timetable", "The", "set", "a", "b", "stays"]);
    }

    [Fact]
    public void A_name_run_into_empty_parentheses_is_a_function_and_not_prose()
    {
        // Written without code marks, "pipeline()" still names code; a word with a parenthesis of prose is prose.
        var article = Article.Parse("a.txt", "The timetable is built once. pipeline() and fs.read() write it for the ferry(s) (daily).");
        article.Tokens.Where(t => t.IsNonProse).Select(t => t.Text).ShouldBe(["pipeline()", "fs.read()"]);
    }
}
