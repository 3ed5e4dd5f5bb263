namespace Editorial.Tests.Spelling;

/// <summary>
/// Text an article transcribes rather than writes (issue 12, "other people's words"): statements in single quotation marks,
/// posts embedded one after another or without their signature, and sentences written without capitals. Their spelling is
/// their writer's; a finding there is capped like one in a quotation, or not made where only the article's own majority
/// would decide. Likewise a longer name keeps the spelling of the words inside it, while a slip the writer repeated is still
/// a slip.
/// </summary>
public class TranscribedTextTests
{
    private static List<string> Lines(string text, string? outlet = null, string path = "a.txt") => SpellingCheck.Lines(text, outlet, path);

    // Posts

    [Fact]
    public void A_post_whose_line_breaks_the_export_dropped_does_not_outvote_the_article()
    {
        var filler = string.Concat(Enumerable.Repeat("Crews worked through the night to finish the repairs at the yard. ", 4));
        var text = "Ferries from the U.S. returned on Friday. " + filler + "Fans were thrilled. It is back!Ferries sail to the US again and the US cheers.";
        Lines(text).ShouldBeEmpty();
        // Without the dropped break, the two are the article's own and outvote the one.
        Lines(text.Replace("back!Ferries", "back! Ferries")).ShouldBe(
        [
            "a.txt(1,18,1,22): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        ]);
    }

    [Fact]
    public void A_press_clipping_under_its_bracketed_byline_keeps_the_outlet_s_style()
    {
        // A press office's roundup: the outlet and headline, the byline in brackets, the excerpt; then the office's own text.
        var text = "The adviser spoke on Wednesday, and the press took note.\n\n"
                   + "**CNN: ****The US economy is defying forecasts**  \n\\[Ann Lee, 7/12/23\\]  \nThe US economy added jobs, the adviser said.\n\n"
                   + "**Harbour Gazette:** [US prices cooled in June](https://example.com/a)  \n\\[Tom Ray, 7/12/23\\]  \nIn June, the US economy added jobs.\n\n"
                   + "The U.S. economy grew, the U.S. bureau said. The U.S. adviser agreed.\n";
        Lines(text, path: "a.md").ShouldBeEmpty();
        // Without the bylines the excerpts are the office's own, and outvote it.
        Lines(text.Replace("\\[Ann Lee, 7/12/23\\]", "Ann Lee wrote.").Replace("\\[Tom Ray, 7/12/23\\]", "Tom Ray wrote."), path: "a.md").Count.ShouldBe(3);
    }

    // Transcripts

    [Fact]
    public void A_question_a_parliament_s_record_prints_under_the_member_s_bold_name_keeps_the_member_s_spelling()
    {
        const string Text = "**Mr Dan Tabor Wei:** To ask the Minister how many hawker centers will open and when the neighborhood ones will.\n\n"
            + "**Answer:**\n\n1 Two hawker centres will open next year, and the neighbourhood centres will follow. Their colour, their "
            + "flavour and their programmes will be organised by the town councils' labour teams.\n";
        SpellingCheck.Text(Text, path: "a.md").Select(SpellingCheck.Line).ShouldBeEmpty();
        // The reply is the ministry's own: its American form departs from its British ones.
        SpellingCheck.Text(Text.Replace("neighbourhood centres", "neighborhood centres"), path: "a.md").Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(5,51,5,63): info ED1003: 'neighborhood' is American spelling; this article uses British spelling: 'neighbourhood' => neighbourhood",
        ]);
        // A definition list's bold terms name no speaker: the definitions are the writer's.
        SpellingCheck.Text("- **Harbour**: the hawker centers by the water.\n- **Inland**: the centres of the towns, their colour and flavour organised by the councils.\n", path: "a.md")
            .Select(SpellingCheck.Line).ShouldBe(
            [
                "a.md(1,27,1,34): info ED1003: 'centers' is American spelling; this article uses British spelling: 'centres' => centres",
            ]);
        // A newsletter's bold lead-ins, with words in lower case, are its own words.
        SpellingCheck.Text("**Why it matters:** The hawker centers open next year.\n\n**The big picture:** The centres are full, their colour and flavour organised by the councils.\n", path: "a.md")
            .Select(SpellingCheck.Line).ShouldBe(
            [
                "a.md(1,32,1,39): info ED1003: 'centers' is American spelling; this article uses British spelling: 'centres' => centres",
            ]);
    }

    [Fact]
    public void A_written_question_and_its_reply_that_a_release_quotes_are_the_member_s_and_the_minister_s_own()
    {
        // The reply after the question's mark, led in by "replied:", and one labelled under the question's label.
        const string Replied = "The council's harbour centres and their programmes are organised by labour teams.\n\n"
            + "1204 (2024). Jane Hale to the Minister of Transport (3 May 2024): How many ferry centres will open?  \n"
            + "Hon Tom Reed (Minister of Transport) replied: Two ferry centers will open next year.\n";
        SpellingCheck.Text(Replied, path: "a.md").Select(SpellingCheck.Line).ShouldBeEmpty();
        const string Labelled = "The council's harbour centres and their programmes are organised by labour teams.\n\n"
            + "**Question:** How many ferry centres will open, listed by town  \n**Reply:** Two ferry centers will open next year.\n";
        SpellingCheck.Text(Labelled, path: "a.md").Select(SpellingCheck.Line).ShouldBeEmpty();
        // The question, from its record's colon to its mark, is its member's words; with no reply after it, the release's.
        var asked = Replied.Replace("ferry centres will open?", "ferry centers will open?").Replace("Two ferry centers", "Two ferry centres");
        SpellingCheck.Text(asked, path: "a.md").Select(SpellingCheck.Line).ShouldBeEmpty();
        SpellingCheck.Text(asked.Replace(" replied: Two", " said: Two"), path: "a.md").Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(3,82,3,89): info ED1003: 'centers' is American spelling; this article uses British spelling: 'centres' => centres",
        ]);
        // Without the question before it, "replied:" leads in the release's own words.
        SpellingCheck.Text(Replied.Replace("will open?", "will open."), path: "a.md").Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(4,57,4,64): info ED1003: 'centers' is American spelling; this article uses British spelling: 'centres' => centres",
        ]);
        // An answer's label with no question's label above it is a kicker.
        SpellingCheck.Text(Labelled.Replace("**Question:**", "**Asked:**"), path: "a.md").Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(4,22,4,29): info ED1003: 'centers' is American spelling; this article uses British spelling: 'centres' => centres",
        ]);
    }

    // Single quotation marks

    [Fact]
    public void A_statement_in_single_quotation_marks_keeps_its_regional_spelling()
    {
        Lines("The color of the flag and the color of the banner matched. 'We honour the dead every year,' the mayor said.")
            .ShouldBeEmpty();
        Lines("The color of the flag and the color of the banner matched. \u2018We honour the dead every year,\u2019 the mayor said.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_courtesy_title_in_single_quotation_marks_keeps_the_speaker_s_style()
    {
        // The Guardian writes "Mr" without a point; the quoted "Mr." is the statement's own, as a quotation keeps its spelling.
        Lines("Mr Hale arrived late. 'I am grateful to Mr. Osei for his patience,' he said.", "guardian").ShouldBeEmpty();
    }

    [Fact]
    public void Apostrophes_possessives_and_quoted_terms_are_not_statements()
    {
        // "the players' favourite" and "rock 'n' roll" hold apostrophes; 'big day' is a two-word term, the writer's own.
        Lines("The color of the flag and the color of the banner matched. The players' favourite 'big day' was rock 'n' roll.").ShouldBe(
        [
            "a.txt(1,73,1,82): info ED1003: 'favourite' is British spelling; this article uses American spelling: 'favorite' => favorite",
        ]);
    }

    [Fact]
    public void A_listed_variant_in_single_quotation_marks_is_the_speaker_s()
    {
        Lines("Talks in Kyiv went on. Shelling hit Kyiv again. 'The Kiev government must listen to us,' the envoy said.").ShouldBeEmpty();
    }

    // Embedded posts

    [Fact]
    public void A_post_signed_right_after_another_post_starts_after_the_first_one_s_signature()
    {
        // The first post's date runs on into the second post's first sentence; the second post is still the poster's.
        Lines("Ministers met in Tallinn on Monday. Posts followed.\n\n" +
              "Great day — Kai Tamm (@kaitamm) March 3, 2022 why did nobody mention tallinn today? — Ott Sepp (@ottsepp) March 3, 2022")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_post_whose_signature_lost_its_dash_is_still_signed()
    {
        // A copy kept to ASCII drops the dash and runs the date into the next sentence; the author's display name, written
        // as the account writes it, is the poster's too.
        Lines("Senator Kai Tamm spoke in Tallinn. Kai Tamm later left.\n\n" +
              "Good talks today pic.twitter.com/x7Yq2  Senator KaiTamm (@KaiTamm) March 3, 2022Readers replied at once.").ShouldBeEmpty();
        Lines("Senator Kai Tamm spoke in Tallinn. Kai Tamm later left.\n\n" +
              "Good talks today in the US with friends  Senator KaiTamm (@KaiTamm) March 3, 2022Readers replied at once.").ShouldBeEmpty();
        // Without the handle and date the name is the article's own word.
        Lines("Senator Kai Tamm spoke in Tallinn. Kai Tamm later left.\n\nGood talks today, said Senator KaiTamm.").ShouldBe(
        [
            "a.txt(3,32,3,39): info ED1001: 'KaiTamm' is spelled 'Kai Tamm' elsewhere in this article => Kai Tamm",
        ]);
    }

    [Fact]
    public void A_post_whose_signature_was_dropped_ends_at_its_picture_link()
    {
        Lines("The airstrikes went on. Airstrikes hit the city again on Friday, a charity said.\n\n" +
              "More than 60 air strikes hit the east of the city pic.twitter.com/AbCdEf12 The charity posted photos.").ShouldBeEmpty();
        // Without the link the sentence is the article's own.
        Lines("The airstrikes went on. Airstrikes hit the city again on Friday, a charity said.\n\n" +
              "More than 60 air strikes hit the east of the city. The charity posted photos.").ShouldBe(
        [
            "a.txt(3,14,3,25): info ED1001: 'air strikes' is spelled 'airstrikes' elsewhere in this article => airstrikes",
        ]);
    }

    [Fact]
    public void A_post_whose_signature_was_dropped_ends_at_the_network_s_short_link()
    {
        // A flattened page keeps the short link the network wrote into the post's words: only a post's text carries one.
        Lines("The airstrikes went on. Airstrikes hit the city again on Friday, a charity said.\n\n" +
              "More than 60 air strikes hit the east of the city. https://t.co/AbCdEf12 The charity posted photos.").ShouldBeEmpty();
        // An address the article links is its own: the sentence before it is still the article's.
        Lines("The airstrikes went on. Airstrikes hit the city again on Friday, a charity said.\n\n" +
              "More than 60 air strikes hit the east of the city. https://example.org/AbCdEf12 The charity posted photos.").ShouldBe(
        [
            "a.txt(3,14,3,25): info ED1001: 'air strikes' is spelled 'airstrikes' elsewhere in this article => airstrikes",
        ]);
    }

    [Fact]
    public void A_post_whose_signature_and_link_were_dropped_is_known_by_its_emoji()
    {
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "Heading home from the US after good talks \U0001F1EA\U0001F1EA. More soon.").ShouldBeEmpty();
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "Grateful to our friends in the US \u2764 See you in May.").ShouldBeEmpty();
        // Without the emoji the sentence is the article's own.
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "Heading home from the US after good talks. More soon.").ShouldBe(
        [
            "a.txt(3,23,3,25): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void A_post_whose_signature_was_dropped_is_known_by_a_handle_it_addresses()
    {
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "Good talks in the US today with @kaitamm and friends.").ShouldBeEmpty();
        // A handle the article names as an account, after the name or after "on", is the article's own reference.
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "Kai Tamm (@kaitamm) said the US talks went well, and wrote as much on @kaitamm later.").ShouldBe(
        [
            "a.txt(3,30,3,32): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void The_article_s_own_sentence_before_a_post_found_by_its_marks_is_still_checked()
    {
        // The paragraph is longer than a post: the post is the marked sentence alone, not the reporter's sentence before it.
        Lines("The U.S. envoy landed in Tallinn. The U.S. delegation met the prime minister.\n\n" +
              "The talks ran late into the evening, and officials on both sides described them as frank, long and, in places, " +
              "tense, though the two delegations agreed to meet again before the summer recess and to publish a joint statement on energy and on trade. " +
              "The US envoy then flew on to Riga. " +
              "Thank you Tallinn \U0001F1EA\U0001F1EA for a warm welcome today.").ShouldBe(
        [
            "a.txt(3,253,3,255): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    // Titles a roundup cites

    [Fact]
    public void A_list_item_that_is_only_a_link_cites_the_linked_page_s_title_in_its_spelling()
    {
        // British copy; the roundup's entries are other pages' titles, as their authors spelled them.
        const string intro = "# Harbour roundup\n\nThe harbour centre reopened. Its colour charts honour the old pier, and the neighbours " +
                             "organised a parade.\n\n";
        SpellingCheck.Text(intro + "- [Color charts for the harbor](https://example.org/a)\n- [**Tide tables**](https://example.org/b)\n",
            path: "a.md").Where(d => d.Id.StartsWith("ED1", StringComparison.Ordinal)).ShouldBeEmpty();
        // A link inside the writer's own sentence is the writer's wording.
        SpellingCheck.Text(intro + "- Read [the new color charts](https://example.org/a) before you sail.\n", path: "a.md")
            .Select(SpellingCheck.Line).ShouldBe(
            ["a.md(5,17,5,22): info ED1003: 'color' is American spelling; this article uses British spelling: 'colour' => colour"]);
    }

    [Fact]
    public void A_link_whose_text_is_a_source_in_parentheses_cites_that_source_s_name_in_its_spelling()
    {
        // A digest cites the outlet of each item after it: "Brasil" is the outlet's name, not the writer's spelling of Brazil.
        const string item = "* Voters in Brazil queued from dawn, and Brazil counted by night. Brazil's courts certified the vote. ";
        SpellingCheck.Text(item + "[(CNN Brasil)](https://example.org/a) [(*Agencia Brasil*)](https://example.org/b)\n", path: "a.md")
            .Where(d => d.Id.StartsWith("ED1", StringComparison.Ordinal)).ShouldBeEmpty();
        // The same words in the writer's sentence, or in parentheses that link nothing, are the writer's.
        SpellingCheck.Text(item + "Fans in Brasil cheered. (CNN Brasil)\n", path: "a.md").Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(1,111,1,117): info ED1001: 'Brasil' is spelled 'Brazil' elsewhere in this article => Brazil",
            "a.md(1,132,1,138): info ED1001: 'Brasil' is spelled 'Brazil' elsewhere in this article => Brazil",
        ]);
    }

    [Fact]
    public void In_html_too_an_anchor_whose_text_is_a_source_in_parentheses_cites_that_source_s_name()
    {
        const string item = "<p>Voters in Brazil queued from dawn, and Brazil counted by night. Brazil's courts certified the vote. ";
        SpellingCheck.Text(item + "<a href=\"https://example.org/a\">(CNN Brasil)</a> <a href=\"https://example.org/b\">(<em>Agencia Brasil</em>)</a></p>",
            path: "a.html").Where(d => d.Id.StartsWith("ED1", StringComparison.Ordinal)).ShouldBeEmpty();
        SpellingCheck.Text(item + "Fans in Brasil cheered. <a href=\"https://example.org/a\">CNN Brasil</a></p>", path: "a.html")
            .Select(SpellingCheck.Line).ShouldBe(
            [
                "a.html(1,112,1,118): info ED1001: 'Brasil' is spelled 'Brazil' elsewhere in this article => Brazil",
                "a.html(1,164,1,170): info ED1001: 'Brasil' is spelled 'Brazil' elsewhere in this article => Brazil",
            ]);
    }

    // Documents introduced by a lead-in

    [Fact]
    public void A_document_after_a_lead_in_inside_the_paragraph_keeps_its_own_style()
    {
        // The excerpt's "U.S." is the source's choice: the article's own text writes "US" throughout.
        Lines("US envoys met in Tallinn. US troops stayed. Via the Baltic Courier: The U.S. delegation left on Friday.").ShouldBeEmpty();
        Lines("The U.S. envoy landed. The U.S. team met officials. The embassy's statement read: The US stands with its allies.")
            .ShouldBeEmpty();
        // A colon after the naming is done opens the article's own words.
        Lines("The U.S. envoy landed. The U.S. team met officials. In the statement, one change stood out: The US left the talks.").ShouldBe(
        [
            "a.txt(1,97,1,99): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void A_reader_s_post_signed_by_a_handle_keeps_its_spelling()
    {
        Lines("The color of the flag matched the color of the banner.\n\nWhat a lovely colour it is.\n\n@reader_41.\n\nThe parade ended.")
            .ShouldBeEmpty();
        // Without its signature the paragraph is the article's own.
        Lines("The color of the flag matched the color of the banner.\n\nWhat a lovely colour it is.\n\nThe parade ended.").ShouldBe(
        [
            "a.txt(3,15,3,21): info ED1003: 'colour' is British spelling; this article uses American spelling: 'color' => color",
        ]);
    }

    [Fact]
    public void A_statement_between_pairs_of_apostrophes_keeps_its_regional_spelling()
    {
        Lines("The color of the flag and the color of the banner matched. ''We honour the dead every year,'' the mayor said.")
            .ShouldBeEmpty();
        Lines("The color of the flag and the color of the banner matched. The honour guard stood.").ShouldBe(
        [
            "a.txt(1,64,1,70): info ED1003: 'honour' is British spelling; this article uses American spelling: 'honor' => honor",
        ]);
    }

    [Fact]
    public void A_pasted_list_of_other_articles_teasers_keeps_their_spelling()
    {
        Lines("The U.N. envoy landed. The U.N. team met officials. 6/2/21, 4:10 PM CET BY Ana Ruiz Aid from the UN reaches the port. " +
              "6/2/21, 1:30 PM CET BY Kai Tamm Talks stall in Geneva.").ShouldBeEmpty();
        // One stamp is no list.
        Lines("The U.N. envoy landed. The U.N. team met officials. 6/2/21, 4:10 PM CET BY Ana Ruiz Aid from the UN reaches the port.").ShouldBe(
        [
            "a.txt(1,98,1,100): info ED1006: 'UN' should be 'U.N.' (as in the rest of this article) => U.N.",
        ]);
    }

    // Sentences written without capitals

    [Fact]
    public void A_lower_case_name_in_a_sentence_written_without_capitals_is_not_reported()
    {
        Lines("Ministers met in Tallinn on Monday.\n\nwill tallinn host the summit next year?").ShouldBeEmpty();
        Lines("Ministers met in Tallinn on Monday. A reader asked why? nobody in tallinn knew.").ShouldBeEmpty();
        Lines("Ministers met in Tallinn on Monday. A reader wrote: i think tallinn should host it.").ShouldBeEmpty();
        // A sentence that starts with a capital and writes "I" is edited copy.
        Lines("Ministers met in Tallinn on Monday. I think tallinn should host it, a reader wrote.").ShouldBe(
        [
            "a.txt(1,45,1,52): info ED1004: 'tallinn' is a lowercase form of the proper noun 'Tallinn' => Tallinn",
        ]);
    }

    [Fact]
    public void A_sentence_that_writes_a_people_s_adjective_in_lower_case_is_written_without_capitals()
    {
        // Edited copy never lowers "Estonian": a sentence that does is a pasted post, and its other lower case is its writer's.
        Lines("Estonian ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Another visit by estonian ministers to tallinn.")
            .ShouldBeEmpty();
        // The stem of the name whole (Gabon-ese) or short of one letter (Latvi-a).
        Lines("Ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Another visit by gabonese ministers to tallinn.").ShouldBeEmpty();
        Lines("Ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Another visit by latvian ministers to tallinn.").ShouldBeEmpty();
        Lines("Estonian ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Estonian ministers will visit tallinn again.").ShouldBe(
        [
            "a.txt(1,104,1,111): info ED1004: 'tallinn' is a lowercase form of the proper noun 'Tallinn' => Tallinn",
        ]);
        // An ordinary word ("span") or a listed name lowered ("iran", beside Iraq) is no people's adjective.
        Lines("Ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Over a span of days tallinn hosted them.").ShouldBe(
        [
            "a.txt(1,85,1,92): info ED1004: 'tallinn' is a lowercase form of the proper noun 'Tallinn' => Tallinn",
        ]);
        Lines("Ministers met in Tallinn on Monday. Ministers in Tallinn spoke. Envoys from iran met in tallinn.").ShouldBe(
        [
            "a.txt(1,77,1,81): info ED1004: 'iran' is a lowercase form of the proper noun 'Iran' => Iran",
            "a.txt(1,89,1,96): info ED1004: 'tallinn' is a lowercase form of the proper noun 'Tallinn' => Tallinn",
        ]);
    }

    // Longer names

    [Fact]
    public void Two_name_words_spaced_inside_a_longer_name_keep_the_name_s_spelling()
    {
        Lines("Many Latin-American voters stayed home. Latin-American turnout fell. The Centre for Latin American Studies said so.")
            .ShouldBeEmpty();
        // Not followed by another capitalised word, the spaced pair is the article's own variant.
        Lines("Many Latin-American voters stayed home. Latin-American turnout fell. The Latin American vote split.").ShouldBe(
        [
            "a.txt(1,74,1,88): info ED1001: 'Latin American' is spelled 'Latin-American' elsewhere in this article => Latin-American",
        ]);
    }

    [Fact]
    public void A_slip_repeated_beside_a_name_written_twice_as_often_is_reported()
    {
        Lines("Ines Waldegger spoke. Waldegger left. Waldegger wrote. Waldegger smiled. Waldeggre said no. Waldeggre went home.").ShouldBe(
        [
            "a.txt(1,74,1,83): info ED1001: 'Waldeggre' is spelled 'Waldegger' elsewhere in this article => Waldegger",
            "a.txt(1,93,1,102): info ED1001: 'Waldeggre' is spelled 'Waldegger' elsewhere in this article => Waldegger",
        ]);
        // Three against two is no sign of which one slipped.
        Lines("Ines Waldegger spoke. Waldegger left. Waldegger wrote. Waldeggre said no. Waldeggre went home.").ShouldBeEmpty();
    }
}
