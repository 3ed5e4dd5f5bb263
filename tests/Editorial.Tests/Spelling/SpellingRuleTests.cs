using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Tests.Spelling;

/// <summary>Each spelling rule on constructed text: what it reports, with position, message and fix, and what it leaves alone.</summary>
public class SpellingRuleTests
{
    private static List<string> Lines(string text, string? outlet = null, string path = "a.txt") =>
        SpellingCheck.Text(text, outlet, path).Select(SpellingCheck.Line).ToList();

    // ED1001

    [Fact]
    public void A_transliteration_variant_found_without_a_list_is_reported_against_the_majority()
    {
        Lines("Volodymyr Zelenskiy spoke. Later Zelenskiy met Macron. Aides to Zelenskyy said talks went on.").ShouldBe(
        [
            "a.txt(1,65,1,74): info ED1001: 'Zelenskyy' is spelled 'Zelenskiy' elsewhere in this article => Zelenskiy",
        ]);
    }

    [Fact]
    public void Common_words_and_short_stems_are_not_transliterations()
    {
        Lines("Turkey hosted talks. Prince Turki al-Faisal attended. Mary met Mari Kallio.").ShouldBeEmpty();
    }

    [Fact]
    public void A_listed_variant_of_the_profile_is_the_same_entity()
    {
        Lines("Talks in Kyiv went on. Shelling hit Kyiv again. Kiev was quiet by night.").ShouldBe(
        [
            "a.txt(1,49,1,53): info ED1001: 'Kiev' is spelled 'Kyiv' elsewhere in this article => Kyiv",
        ]);
    }

    [Fact]
    public void Closed_and_spaced_compounds_are_the_same_word()
    {
        var findings = SpellingCheck.Text("They met by videoconference on Monday. Another video conference followed. A videoconference is planned.");
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(1,48,1,64): info ED1001: 'video conference' is spelled 'videoconference' elsewhere in this article => videoconference",
        ]);
        findings[0].Fix!.Title.ShouldBe("Use 'videoconference' (as elsewhere in this article)");
        findings[0].RelatedLocations.Select(l => l.LineSpan.ToString()).ShouldBe(["(1,13,1,28)", "(1,77,1,92)"]);
    }

    [Fact]
    public void Word_pairs_that_are_different_words_when_closed_and_hyphen_against_space_are_not_reported()
    {
        Lines("They meet every day. It is an everyday task. Talks were face to face, a face-to-face meeting. Anyone may come; any one of them.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_listed_variant_inside_a_quotation_is_the_speaker_s_unless_the_outlet_respells_quotations()
    {
        const string text = "Talks in Kyiv went on. Shelling hit Kyiv again. “I was never in Kiev,” he said.";
        SpellingCheck.Text(text).ShouldBeEmpty();
        // An outlet that respells what it transcribes gets the finding, capped at the quotation severity.
        var house = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nsettings:\n  quoted-spelling: house\n")], RuleCatalog.Vocabulary), SpellingCheck.Rules);
        house.Check([new("a.txt", text, new(defaultOutlet: "desk"))]).Select(d => d.ToString())
            .ShouldBe(["a.txt(1,65,1,69): info ED1001: 'Kiev' is spelled 'Kyiv' elsewhere in this article"]);
    }

    [Fact]
    public void Quotations_that_differ_only_in_punctuation_are_not_spelling_variants()
    {
        Lines("He said the aim was “to ensure a meeting of presidents”. Later he said the aim was “to ensure a meeting of presidents.”")
            .ShouldBeEmpty();
        var corpus = SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "He said it was “a meeting that people are waiting for”.", new(defaultOutlet: "ap")),
            new("x/2.txt", "He said it was “a meeting that people are waiting for.”", new(defaultOutlet: "ap")),
            new("x/3.txt", "He said it was “a meeting that people are waiting for”!", new(defaultOutlet: "ap")),
            new("x/4.txt", "He said it was “a meeting that people are waiting for”.", new(defaultOutlet: "ap")),
        ]);
        corpus.ShouldBeEmpty();
    }

    [Fact]
    public void A_title_standing_alone_takes_the_lower_case_the_article_mostly_gives_it()
    {
        Lines("Haley ran for governor twice. The next governor will face a deficit. A Republican governor signed it. " +
              "Aides said the Governor's plan was late. Governor Tom Haley disagreed.").ShouldBe(
        [
            "a.txt(1,118,1,126): info ED1001: 'Governor' is spelled 'governor' elsewhere in this article => governor",
        ]);
        Lines("Before she ran for governor, Haley taught. As governor, Haley cut taxes. Aides said the Governor was late.").ShouldBe(
        [
            "a.txt(1,89,1,97): info ED1001: 'Governor' is spelled 'governor' elsewhere in this article => governor",
        ]);
        Lines("She wants to be secretary of state. The secretary of state travels. Her rival, the Secretary of State, stayed home.").ShouldBe(
        [
            "a.txt(1,84,1,102): info ED1001: 'Secretary of State' is spelled 'secretary of state' elsewhere in this article => secretary of state",
        ]);
    }

    [Fact]
    public void A_title_in_lower_case_for_any_holder_or_a_deputy_s_title_is_no_vote_for_the_lower_case()
    {
        // A style that capitalises the title for its one holder writes these in lower case too.
        Lines("An American president rarely visits. Any new president would agree, and his deputy president did. The President came on Monday.")
            .ShouldBeEmpty();
        Lines("The president spoke. The president left. An American president rarely visits. The President came on Monday.").ShouldBe(
            ["a.txt(1,83,1,92): info ED1001: 'President' is spelled 'president' elsewhere in this article => president"]);
        // One capitalised for any holder departs from every style, where the article writes the title in lower case at all.
        Lines("The President came on Monday. The President left. The case shows how a President's picks matter, as a president knows.").ShouldBe(
            ["a.txt(1,72,1,81): info ED1001: 'President' is spelled 'president' elsewhere in this article => president"]);
        Lines("The President came on Monday. The case shows how a President's picks matter.").ShouldBeEmpty();
        // A government's style capitalises the title for any holder too: where the article mostly does, the lone lower case is
        // the slip, and a lower-case title is never reported.
        Lines("The rule bars a single Senator from acting alone. A Senator who objects must say so. No Senator loses a right, " +
              "and no senator is kept in the dark.").ShouldBeEmpty();
        // The indefinite word before a preposition is another noun's: "a candidate for President" is the office, not any holder.
        Lines("The President came on Monday. The President left. She is a candidate for President, as a president knows.").ShouldBeEmpty();
        // A campaign's name keeps its capital.
        Lines("The president spoke. The president left. Her poster read Dana Ruiz for President in red.").ShouldBeEmpty();
        // So does a body's name that the title ends.
        Lines("Filers include the president and any employee of the Executive Office of the President appointed by the president.").ShouldBeEmpty();
    }

    [Fact]
    public void A_title_alone_capitalised_as_often_as_in_lower_case_is_settled_by_the_quoted_titles()
    {
        Lines("The Prime Minister's aide spoke. Her talks with the prime minister ran late. \"The prime minister's order was clear,\" a statement said.").ShouldBe(
        [
            "a.txt(1,5,1,19): info ED1001: 'Prime Minister' is spelled 'prime minister' elsewhere in this article => prime minister",
        ]);
        // Quoted capitals settle it the other way.
        Lines("The Prime Minister's aide spoke. Her talks with the prime minister ran late. \"The Prime Minister's order was clear,\" a statement said.").ShouldBeEmpty();
    }

    [Fact]
    public void A_people_s_name_hyphenated_before_its_noun_and_spaced_as_a_noun_is_one_name_in_two_uses()
    {
        Lines("She was the first Aldovian American to sail the strait. Later she became the first Aldovian American to command a ship. " +
              "Almost 300 Aldovian-American sailors followed her.").ShouldBeEmpty();
        // Hyphenated as a noun too, the name is hyphenated, and the spaced one departs.
        Lines("The Aldovian-American sailed first. The Aldovian-American sailed again. Then the Aldovian American rested.").ShouldBe(
            ["a.txt(1,82,1,99): info ED1001: 'Aldovian American' is spelled 'Aldovian-American' elsewhere in this article => Aldovian-American"]);
    }

    [Fact]
    public void A_title_before_a_name_with_its_office_or_in_a_longer_title_is_no_variant()
    {
        // Before a name, with its office, after another capitalised word, at a sentence start: every style may capitalise it.
        Lines("Any mayor would agree. A new mayor takes over. The old mayor left. Mayor Lena Ortiz spoke. The Mayor of Tula " +
              "Pedro Gil came. Deputy Mayor Ana Ruiz came too. Mayor's Day is in May. Tula's Mayor, Pedro Gil, came. The former Mayor and Senator Ana " +
              "Ruiz came too.").ShouldBeEmpty();
        // Titles of one holder joined by a slash, the last before the name (after a dateline, where "Deputy" starts the sentence).
        Lines("# Harbour talks go on\n\nHARBOURTON, May 12 (HNA): Deputy Prime Minister/Foreign Minister Ann Dar told the visiting envoy on Monday " +
              "that the harbour had shown restraint throughout the recent dispute over the pier.\n\nThe deputy prime minister/foreign minister left.\n",
            path: "a.md").ShouldBeEmpty();
        // A capital as often as the lower case, or more often: no choice of the article's. A lower-case title is never reported.
        Lines("The President said so. The president later agreed.").ShouldBeEmpty();
        Lines("The envoy met the President. Later the President left. A president must sign.").ShouldBeEmpty();
        // A quotation keeps its speaker's capitals, and does not vote.
        Lines("A mayor decides. \"The Mayor decides,\" he said. \"The Mayor knows,\" he added. \"The Mayor will act,\" she said.").ShouldBeEmpty();
        // A title that addresses its holder is capitalised as a name is; a page's link tag around the name is markup.
        Lines("The governor spoke. The governor left. A governor signs. BLITZER: Thank you, Governor. Isn't that, Governor, odd?").ShouldBeEmpty();
        SpellingCheck.Text("<p>The president spoke. The president left. A president signs.</p><p>Crowds met President <a href=\"/t\">Tom Hale</a> there.</p>", path: "a.html")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Two_spellings_of_a_name_a_sentence_offers_as_its_two_names_are_both_the_article_s()
    {
        // The writer names the place by both spellings, saying so: neither departs, here or in the rest of the article.
        Lines("The post is known as Horgos to the Chinese and Khorgos to the Kazakhs. Trucks queue at Khorgos. Khorgos is busy.").ShouldBeEmpty();
        Lines("Shelling hit Kyiv, or Kiev as Moscow says. Kyiv held. Kyiv was calm.").ShouldBeEmpty();
        Lines("Marines fought at Dolynka. They held Dolynka - known as Dolinka in Russia - for a week. Dolynka fell.").ShouldBeEmpty();
        // A spelling set against the other ("X, not Y") is the writer's point about the name.
        Lines("The ferry calls at Grenvile, not Grenville as the old charts say. Grenville lies further north. Grenville is larger.").ShouldBeEmpty();
        // Without such a word, in one sentence or apart, the two spellings are one name written two ways.
        Lines("Trucks queue at Horgos and Khorgos is busy. Khorgos grew fast.").ShouldBe(
        [
            "a.txt(1,17,1,23): info ED1001: 'Horgos' is spelled 'Khorgos' elsewhere in this article => Khorgos",
        ]);
    }

    [Fact]
    public void A_capital_held_down_or_a_dropped_diacritic_is_a_slip_of_the_name_written_right()
    {
        Lines("Officials met Hillary Lambert on Monday. Later HIllary Lambert left.").ShouldBe(
        [
            "a.txt(1,48,1,55): info ED1001: 'HIllary' is spelled 'Hillary' elsewhere in this article => Hillary",
        ]);
        // A spoken quotation is spelled by whoever wrote it down: its diacritics count.
        Lines("President Enrique Pena Nieto spoke. \"Peña is right,\" she said. \"I trust Peña,\" he said.").ShouldBe(
        [
            "a.txt(1,19,1,23): info ED1001: 'Pena' is spelled 'Peña' elsewhere in this article => Peña",
        ]);
        // A brand the proper-name list does not know may hold two capitals; once each way, no diacritic has a majority.
        Lines("She posted on VKontakte. Her Vkontakte page closed. Jose Pena spoke. Then José Pena left.").ShouldBeEmpty();
    }

    // ED1002

    [Fact]
    public void A_profile_entry_holds_from_its_date_and_keeps_its_exceptions()
    {
        Lines("---\ndate: 2022-03-14\n---\nShelling hit Kiev again.\n", "ap", "a.md").ShouldBe(
        [
            "a.md(4,14,4,18): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
        Lines("---\ndate: 2018-03-14\n---\nShelling hit Kiev again.\n", "ap", "a.md").ShouldBeEmpty();
        Lines("---\ndate: 2022-03-14\n---\nHe ordered chicken Kiev and read about Kievan Rus.\n", "ap", "a.md").ShouldBeEmpty();
    }

    [Fact]
    public void A_headline_scoped_entry_applies_to_headlines_only()
    {
        var profiles = Profiles.ProfileSet.Load([new("rules/desk.yml", """
            name: desk
            extends: ap
            spellings:
              - preferred: Kyiv
                variants: [Kiev]
                scope: headline
            """)], RuleCatalog.Vocabulary);
        profiles.Diagnostics.ShouldBeEmpty();
        var engine = new Engine.EditorialEngine(profiles, SpellingCheck.Rules);
        var findings = engine.Check([new("a.md", "# Kiev under fire\n\nShelling hit Kiev.\n", new(defaultOutlet: "desk"))]);
        findings.Where(d => d.Id == "ED1002").Select(d => d.Location.LineSpan.ToString()).ShouldBe(["(1,3,1,7)"]);
    }

    // ED1003

    [Fact]
    public void British_and_american_spelling_mixed_in_one_article()
    {
        Lines("The defence ministry said troops were 15 kilometres away. The defense budget will grow.").ShouldBe(
        [
            "a.txt(1,63,1,70): info ED1003: 'defense' is American spelling; this article uses British spelling: 'defence' => defence",
        ]);
    }

    [Fact]
    public void A_spelling_struck_through_in_Markdown_is_withdrawn_and_no_evidence()
    {
        SpellingCheck.Text("Serving the harbour is an ~~honor~~ honour, and the colour guard of the centre agrees.\n", path: "a.md").ShouldBeEmpty();
        SpellingCheck.Text("Serving the harbour is an honor, and the colour guard of the centre agrees.\n", path: "a.md").Count.ShouldBe(1);
    }

    [Fact]
    public void A_choice_of_word_that_both_regions_make_is_no_regional_spelling()
    {
        // British copy writes "specialty" as often as "speciality".
        Lines("The defence ministry opened a specialty clinic 15 kilometres away. The colour of the harbour is grey.").ShouldBeEmpty();
        Lines("The defense ministry opened a speciality clinic 15 kilometers away. The color of the harbor is gray.").ShouldBeEmpty();
        // American science writes "adaptor" for the protein.
        Lines("The lab studied an adaptor protein for ten years. The color of the cells and their behavior changed.").ShouldBeEmpty();
    }

    [Fact]
    public void A_regional_finding_names_the_same_word_in_the_expected_spelling_first_then_the_others_in_text_order()
    {
        var findings = SpellingCheck.Text("The colour of the flag, the centre of town, the colour of the sky and the theatre were shown. "
            + "The centre held. The color faded.");
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(1,116,1,121): info ED1003: 'color' is American spelling; this article uses British spelling: 'colour' => colour",
        ]);
        // Both colours, then the first other words (the centre, before the theatre).
        findings[0].RelatedLocations.Select(l => l.LineSpan.ToString()).ShouldBe(["(1,5,1,11)", "(1,49,1,55)", "(1,29,1,35)"]);
    }

    [Fact]
    public void A_doubled_l_that_american_spelling_only_accepts_departs_from_american_copy()
    {
        Lines("The theater reopened in a blaze of color. The gala was cancelled twice.").ShouldBe(
        [
            "a.txt(1,56,1,65): info ED1003: 'cancelled' is British spelling; this article uses American spelling: 'canceled' => canceled",
        ]);
        Lines("The gala was cancelled twice.", "ap").ShouldBe(
        [
            "a.txt(1,14,1,23): info ED1003: 'cancelled' is British spelling; Associated Press style uses American spelling: 'canceled' => canceled",
        ]);
        // One American word, a British one beside it, or the doubled l alone: the copy has taken no side.
        Lines("The theater reopened. The gala was cancelled twice.").ShouldBeEmpty();
        Lines("The theater reopened in a blaze of color. The gala was cancelled in the centre of town.").ShouldBe(
        [
            "a.txt(1,73,1,79): info ED1003: 'centre' is British spelling; this article uses American spelling: 'center' => center",
        ]);
        // A quotation keeps its speaker's spelling.
        Lines("The theater reopened in a blaze of color. \"We cancelled the gala because nobody bought tickets,\" she said.").ShouldBeEmpty();
    }

    [Fact]
    public void Story_is_the_narrative_word_everywhere_and_a_building_level_only_in_compounds()
    {
        Lines("She told her story to reporters. A four-storey block burned. Both stories were checked.").ShouldBeEmpty();
        // "check" is American only as the bank's cheque: a blank-check policy is no evidence against the British "colour".
        Lines("The colour of the regime is a blank-check policy, the report said.").ShouldBeEmpty();
        // Nor is a multiplier a count of cheques: "double-check" is the verb.
        Lines("The colour of the forms changed, so double-check your registration.").ShouldBeEmpty();
        Lines("A nine-story block burned. A four-storey block burned nearby. The kilometers added up.").ShouldBe(
        [
            "a.txt(1,30,1,41): info ED1003: 'four-storey' is British spelling; this article uses American spelling: 'four-story' => four-story",
        ]);
    }

    [Fact]
    public void Names_keep_their_own_spelling()
    {
        Lines("The Ministry of Defence said defense spending rose. Pearl Harbor was named in the colour report.").ShouldBe(
        [
            "a.txt(1,83,1,89): info ED1003: 'colour' is British spelling; this article uses American spelling: 'color' => color",
        ]);
        // A county after a legislator's party: the party's abbreviation and its comma open no sentence.
        Lines("The center of the town flooded. The bill, said Senator Ann Lee (R., Centre), would help. The center reopened.").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_written_with_both_regions_spellings_departs_from_itself()
    {
        // "Aldovian Defence" and "Aldovian Defense" are one name written two ways; "Belmar's" and "the" name other owners'.
        Lines("The Aldovian Defence minister spoke. Later the Aldovian Defense Ministry denied it.", "guardian").ShouldBe(
        [
            "a.txt(1,57,1,64): info ED1003: 'Defense' is American spelling; The Guardian style uses British spelling: 'Defence' => Defence",
        ]);
        Lines("Belmar's Defence Ministry spoke. Later the Defense Ministry of Aldovia denied it.", "guardian").ShouldBeEmpty();
        // Two names that share their last words before the variant are two names: the words before them differ.
        Lines("Doctors at the West of Aldovia Cancer Centre and at the Belmar Harbour Cancer Center ran the trial.").ShouldBeEmpty();
        Lines("The Aldovian Cancer Centre opened. Later the Aldovian Cancer Center moved.").ShouldBe(
        [
            "a.txt(1,62,1,68): info ED1003: 'Center' is American spelling; this article uses British spelling: 'Centre' => Centre",
        ]);
    }

    [Fact]
    public void The_profile_locale_decides_the_region()
    {
        Lines("The defense ministry spoke.", "guardian").ShouldBe(
        [
            "a.txt(1,5,1,12): info ED1003: 'defense' is American spelling; The Guardian style uses British spelling: 'defence' => defence",
        ]);
    }

    [Fact]
    public void An_ise_outlet_reports_ize_spellings_that_oxford_shares_with_american()
    {
        Lines("Officials did not recognize the result.", "bbc").ShouldBe(
        [
            "a.txt(1,19,1,28): info ED1003: 'recognize' is -ize spelling; BBC News style uses -ise spelling: 'recognise' => recognise",
        ]);
        Lines("Officials did not recognize the result.", "aljazeera").ShouldBeEmpty();
    }

    [Fact]
    public void British_copy_that_chose_ise_reports_its_ize_words()
    {
        const string text = "The harbour board organised the vote. Its chair apologised for the delay and vowed to prioritize safety.";
        Lines(text).ShouldBe(
        [
            "a.txt(1,87,1,97): info ED1003: 'prioritize' is -ize spelling; this article uses -ise spelling: 'prioritise' => prioritise",
        ]);
        // The same under a British locale without an -ise setting: the article's own choice decides.
        Lines(text, "aljazeera").ShouldBe(
        [
            "a.txt(1,87,1,97): info ED1003: 'prioritize' is -ize spelling; this article uses -ise spelling: 'prioritise' => prioritise",
        ]);
    }

    [Fact]
    public void Ize_words_are_left_alone_where_the_article_has_made_no_ise_choice()
    {
        // One -ise word is no choice, and -ize as often as -ise is Oxford copy that mixes them.
        Lines("The harbour board organised the vote and vowed to prioritize safety.").ShouldBeEmpty();
        Lines("The harbour board organised the vote. Its chair apologised, recognized the delay and vowed to prioritize safety.").ShouldBeEmpty();
        // Two -ise words are all that is British here: they do not make the article British.
        Lines("The board organised the vote. Its chair apologised for the delay and vowed to prioritize safety.").ShouldBeEmpty();
        // American copy has no -ise choice: its -ise word is a British spelling instead.
        Lines("The harbor board organised the vote and vowed to prioritize safety. The center held.").ShouldBe(
        [
            "a.txt(1,18,1,27): info ED1003: 'organised' is British spelling; this article uses American spelling: 'organized' => organized",
        ]);
        // Quoted -ise words are the speaker's: they make no choice for the article.
        Lines("The harbour board met. “We organised it and apologised,” the chair said, vowing to prioritize safety.").ShouldBeEmpty();
    }

    [Fact]
    public void A_british_locale_reports_inflected_and_compound_american_forms()
    {
        Lines("The city centre was calm. Air defenses were weak, and a four-story block burned.", "aljazeera").ShouldBe(
        [
            "a.txt(1,31,1,39): info ED1003: 'defenses' is American spelling; Al Jazeera English style uses British spelling: 'defences' => defences",
            "a.txt(1,57,1,67): info ED1003: 'four-story' is American spelling; Al Jazeera English style uses British spelling: 'four-storey' => four-storey",
        ]);
    }

    [Fact]
    public void A_sentence_read_before_is_spelled_against_where_it_stands_now()
    {
        // Read first alone; then after American copy, where its opening word departs from it, unless the article also
        // capitalises that word inside a sentence, as a name.
        const string sentence = "Colour returned to the docks.";
        Lines(sentence).ShouldBeEmpty();
        Lines("The color guard marched past the harbor. " + sentence).ShouldBe(
        [
            "a.txt(1,42,1,48): info ED1003: 'Colour' is British spelling; this article uses American spelling: 'Color' => Color",
        ]);
        Lines("The color guard marched past the harbor. The Colour Party met. " + sentence).ShouldBeEmpty();
    }

    // ED1004

    [Fact]
    public void A_name_of_several_words_written_in_lower_case_is_reported()
    {
        Lines("Critics of the Harbour Renewal Scheme met. Backers of the Harbour Renewal Scheme left. " +
              "The council said the harbour renewal scheme would go ahead.").ShouldBe(
        [
            "a.txt(1,109,1,131): info ED1004: 'harbour renewal scheme' is a lowercase form of the proper noun 'Harbour Renewal Scheme' => Harbour Renewal Scheme",
        ]);
        // One capital kept, the rest lowered; and a name with "of the" inside.
        Lines("She joined the Coastal Alliance in May. The Coastal Alliance grew. Later the Coastal alliance split.").ShouldBe(
        [
            "a.txt(1,78,1,94): info ED1004: 'Coastal alliance' is a lowercase form of the proper noun 'Coastal Alliance' => Coastal Alliance",
        ]);
        Lines("She was named Baker of the Month twice. As Baker of the Month she won a cup. Critics mocked the baker of the month.").ShouldBe(
        [
            "a.txt(1,97,1,115): info ED1004: 'baker of the month' is a lowercase form of the proper noun 'Baker of the Month' => Baker of the Month",
        ]);
    }

    [Fact]
    public void A_document_s_title_before_its_noun_is_no_name_for_the_common_phrase()
    {
        // "the Planned Timetable Changes page" titles a page; "planned timetable changes" elsewhere is the common phrase.
        Lines("More on these is on the Planned Timetable Changes page. For planned timetable changes this winter, see our "
              + "Planned Timetable Changes doc.").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_of_several_words_is_counted_from_sentences_read_in_an_earlier_article_as_in_a_fresh_one()
    {
        // Each sentence's runs of capitalised words are kept by sentence, as an IDE reads an article again at each keystroke.
        Lines("Critics of the Harbour Renewal Scheme met. Backers of the Harbour Renewal Scheme left.").ShouldBeEmpty();
        // The same sentences further on, and a lowered form after them.
        Lines("Rain fell. Critics of the Harbour Renewal Scheme met. Backers of the Harbour Renewal Scheme left. " +
              "The council said the harbour renewal scheme would go ahead.").ShouldBe(
        [
            "a.txt(1,120,1,142): info ED1004: 'harbour renewal scheme' is a lowercase form of the proper noun 'Harbour Renewal Scheme' => Harbour Renewal Scheme",
        ]);
        // The first sentence edited: its name is lowered, and the capitalised form no longer outnumbers the lowered ones.
        Lines("Rain fell. Critics of the harbour renewal scheme met. Backers of the Harbour Renewal Scheme left. " +
              "The council said the harbour renewal scheme would go ahead.").ShouldBeEmpty();
    }

    [Fact]
    public void Phrases_a_name_shares_its_words_with_are_not_reported()
    {
        // As often in lower case as capitalised: no majority for a name.
        Lines("Critics of the Harbour Renewal Scheme met. The council said the harbour renewal scheme would go ahead.").ShouldBeEmpty();
        // Two words all in lower case: a title or a common noun beside a name ("the prime minister", "an air force").
        Lines("The Prime Minister spoke. The Prime Minister left. Later the prime minister of Norway arrived.").ShouldBeEmpty();
        // A common noun phrase after "a", a title before a name, another owner's ministry.
        Lines("Critics of the Harbour Renewal Scheme met. The Harbour Renewal Scheme grew. Another town began a harbour renewal scheme.")
            .ShouldBeEmpty();
        Lines("The Coastal Alliance met. The Coastal Alliance grew. Coastal alliance Chair Ines Vale spoke.").ShouldBeEmpty();
        Lines("Aldovia's Ministry of Trade met. Aldovia's Ministry of Trade spoke. Belmar's ministry of trade replied.").ShouldBeEmpty();
        // A plural's possessive apostrophe goes on into a longer name: "Harbour College Students" is none of its own.
        Lines("The Harbour College Students’ Association ran the fair. The Harbour College Students’ Association paid for it, and the " +
              "Harbour College Students’ Association staff ran it. On the day the Harbour College students cheered.").ShouldBeEmpty();
        // A name made of grammar's words, capitals only in a table's cells or after a title's "on": no evidence for a name.
        Lines("The All of Us study met. The All of Us study grew. It serves all of us.").ShouldBeEmpty();
        Lines("| Search | Note |\n|---|---|\n| Pier searches with low Click Through Rates | weekly |\n| Ferry searches with low Click Through Rates | daily |\n\n"
              + "The desk reads the click through rates each week.\n", path: "a.md").ShouldBeEmpty();
        Lines("The Panel on Harbour Ferry Safety met. The Panel on Harbour Ferry Safety spoke. The council reviews harbour ferry safety yearly.")
            .ShouldBeEmpty();
        // The name's words with a plural in lower case are things of a kind, and count against the name as the phrase does.
        Lines("Crews run many Harbour clusters. Two Harbour clusters failed. Agents outside your Harbour cluster send data. "
              + "Set up the Harbour Cluster first. The gateway is not in the Harbour Cluster by default.").ShouldBeEmpty();
        // A name whose head is a plural, written all in lower case, counts things of a kind: the common noun's case. Lowered in
        // part, it is the name still.
        Lines("The Regional Ferry Operators met. The Regional Ferry Operators signed. Most regional ferry operators agreed.").ShouldBeEmpty();
        Lines("The Heads of Harbours met. The Heads of Harbours spoke. The heads of harbours will meet again.").ShouldBeEmpty();
        Lines("The Regional Ferry Operators met. The Regional Ferry Operators signed. Most Regional ferry operators agreed.").ShouldBe(
            ["a.txt(1,77,1,101): info ED1004: 'Regional ferry operators' is a lowercase form of the proper noun 'Regional Ferry Operators' => Regional Ferry Operators"]);
        // Capitals from a headline or a line in title case, or only quoted, are no evidence.
        Lines("# Harbour Renewal Scheme Opens\n\nThe council said the harbour renewal scheme would go ahead.").ShouldBeEmpty();
        Lines("“The Harbour Renewal Scheme is a disgrace,” he said. “The Harbour Renewal Scheme must go.” " +
              "The council said the harbour renewal scheme would go ahead.").ShouldBeEmpty();
    }

    [Fact]
    public void A_determiner_opening_a_sentence_has_the_sentence_s_capital_not_a_name_s()
    {
        // The newsletter "This Week in Harbours" is named twice; "This week" opening a sentence is the ordinary phrase.
        Lines("Welcome to another issue of This Week in Harbours! It is the busiest week in the history of This Week in Harbours. " +
              "This week, the ferry returned.").ShouldBeEmpty();
        // A name's own first word opening a sentence, the rest lowered, is still the name lowered.
        Lines("She joined the Coastal Alliance in May. The Coastal Alliance grew. Coastal alliance members split.").ShouldBe(
        [
            "a.txt(1,68,1,84): info ED1004: 'Coastal alliance' is a lowercase form of the proper noun 'Coastal Alliance' => Coastal Alliance",
        ]);
    }

    [Fact]
    public void Two_words_written_all_in_lower_case_count_against_their_capitalised_form()
    {
        // "tide tables" twice in lower case, "Tide Tables" twice capitalised: a phrase some lines capitalise, not a name, so
        // "Tide tables" opening a sentence is no lowered form of one.
        Lines("Crews read the Tide Tables at dawn. The Tide Tables came late. Sailors trust tide tables. Few print tide tables now. " +
              "Tide tables change each month.").ShouldBeEmpty();
        // Capitalised more often than written in lower case, the words are the name.
        Lines("Crews read the Tide Tables at dawn. The Tide Tables came late. Print the Tide Tables. Sailors trust tide tables. " +
              "Tide tables change each month.")
            .ShouldBe(["a.txt(1,114,1,125): info ED1004: 'Tide tables' is a lowercase form of the proper noun 'Tide Tables' => Tide Tables"]);
    }

    [Fact]
    public void A_phrase_after_an_owner_s_pronoun_describes_and_a_repeated_caption_counts_once()
    {
        // "its harbour renewal scheme": the owner's scheme described, not the name written in lower case.
        Lines("Critics of Aldovia's Harbour Renewal Scheme met. Backers of Aldovia's Harbour Renewal Scheme left. " +
              "The port is the latest step in its harbour renewal scheme.").ShouldBeEmpty();
        // A gallery caption printed twice is one capital, which one lowered form in running text ties; a capital in other
        // words is another vote.
        const string caption = "Ines Vale, Leith Mayor and former rower, speaks at the pier. ";
        Lines(caption + "The Leith mayor spoke to crews on Friday. " + caption).ShouldBeEmpty();
        Lines(caption + "The Leith mayor spoke to crews on Friday. Reporters later met the Leith Mayor at the harbour office.").ShouldBe(
        [
            "a.txt(1,66,1,77): info ED1004: 'Leith mayor' is a lowercase form of the proper noun 'Leith Mayor' => Leith Mayor",
        ]);
    }

    [Fact]
    public void Common_words_and_sentence_starts_are_not_taken_for_proper_nouns()
    {
        // "May" (month), "White House", "Ministry of Defence" beside "may", "white", "defence"; "Mariupol" only starts a sentence.
        Lines("In May, officials at the White House said prices may rise. The Ministry of Defence spoke. Mariupol was shelled. " +
              "A white car drove to the defence ministry. Residents of mariupol fled.").ShouldBeEmpty();
    }

    [Fact]
    public void A_capital_that_opens_a_label_is_the_label_s_and_no_evidence_of_a_name()
    {
        // A button or a setting set in bold, a link's text: their first capital is the label's, as a sentence start's is.
        static List<string> Page(string path, string text) => SpellingCheck.Text(text, path: path).Select(SpellingCheck.Line).ToList();
        Page("a.md", "The purser opens the sailer at noon. Choose the **Sailer log** and then [Sailer notes](https://example.org/n) "
                     + "before it closes.\n").ShouldBeEmpty();
        Page("a.html", "<p>The purser opens the sailer at noon. Choose the <strong>Sailer log</strong> and then "
                       + "<a href=\"/n\">Sailer notes</a> before it closes.</p>").ShouldBeEmpty();
        // Written mid-sentence outside a label, the capital is the name's: the lower case is reported.
        Page("a.md", "The purser opens the sailer at noon. Choose the **Sailer log**, ask Sailer for help, then call Sailer again.\n").ShouldBe(
            ["a.md(1,22,1,28): info ED1004: 'sailer' is a lowercase form of the proper noun 'Sailer' => Sailer"]);
    }

    [Fact]
    public void A_lowercase_word_the_page_s_code_writes_is_that_code_s_name()
    {
        // "tovrin" is the command the code block runs: in lower case the prose names the command, not the tool.
        const string page = "# Timetables\n\nThe desk builds them with Tovrin, and Tovrin checks them. Run tovrin daily.\n\n```sh\ntovrin build --all\n```\n";
        SpellingCheck.Text(page, path: "a.md").ShouldBeEmpty();
        // Without the code, the lower case is the name's, and a link's fragment repeats a heading's words, not code's.
        SpellingCheck.Text("# Timetables\n\nThe desk builds them with Tovrin, and Tovrin checks them. Run tovrin daily.\n\n"
                           + "See [the steps](#run-tovrin-daily).\n", path: "a.md").Select(SpellingCheck.Line).ShouldBe(
            ["a.md(3,63,3,69): info ED1004: 'tovrin' is a lowercase form of the proper noun 'Tovrin' => Tovrin"]);
    }

    [Fact]
    public void A_sentence_read_before_counts_its_capitals_where_it_stands_now()
    {
        // Read first alone, then twice over in another article that lowers the name once: two capitals to one lower case.
        const string sentence = "Rescuers reached Tovrin at dawn.";
        Lines(sentence).ShouldBeEmpty();
        Lines(sentence + " " + sentence + " Crews left tovrin at noon.").ShouldBe(
        [
            "a.txt(1,78,1,84): info ED1004: 'tovrin' is a lowercase form of the proper noun 'Tovrin' => Tovrin",
        ]);
    }

    [Fact]
    public void A_name_with_a_capital_inside_is_a_name_wherever_it_stands_and_common_words_run_together_are_not()
    {
        // "kWh" and "OpenSSL" keep their inner capitals at a sentence's start too; "ScriptBlock" and "ListBox" are a type's and a
        // control's names in code's case, and their lower case is an ordinary compound.
        Lines("OpenSSL shipped a fix. The ferry used 30 kWh at noon and 25 kWh at dusk, then 20 kwh overnight, and its openssl build broke "
              + "until OpenSSL was patched.").ShouldBe(
        [
            "a.txt(1,82,1,85): info ED1004: 'kwh' is a lowercase form of the proper noun 'kWh' => kWh",
            "a.txt(1,105,1,112): info ED1004: 'openssl' is a lowercase form of the proper noun 'OpenSSL' => OpenSSL",
        ]);
        Lines("Pass a ScriptBlock to the ListBox. A scriptblock runs when the listbox opens, and the ScriptBlock can stop it.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_made_of_common_words_that_no_list_knows_is_a_compound_however_often_a_name_capitalises_it()
    {
        // "the Brownfields Program" and its "Brownfields dollars" name the programme; the brownfields are the sites.
        Lines("The Brownfields Program paid. The Brownfields dollars and a citywide Brownfields survey help to reuse "
              + "brownfields on the quay.").ShouldBeEmpty();
        // A name so made that the proper-name list knows is still a name lowered.
        Lines("The Facebook post spread. Its Facebook page and its Facebook group grew, and a facebook account followed.").ShouldBe(
            ["a.txt(1,80,1,88): info ED1004: 'facebook' is a lowercase form of the proper noun 'Facebook' => Facebook"]);
    }

    [Fact]
    public void A_lowercase_proper_noun_in_a_heading_is_reported_and_not_counted_against_the_capitals()
    {
        // Two capitals against one lower case in the text: the heading's lower case would tie them if it counted.
        Lines("# Crews leave tovrin\n\nRescuers reached Tovrin at dawn. Crews left tovrin at noon. Buses returned to Tovrin.\n", path: "a.md").ShouldBe(
        [
            "a.md(1,15,1,21): info ED1004: 'tovrin' is a lowercase form of the proper noun 'Tovrin' => Tovrin",
            "a.md(3,45,3,51): info ED1004: 'tovrin' is a lowercase form of the proper noun 'Tovrin' => Tovrin",
        ]);
    }

    [Fact]
    public void A_lowercase_proper_noun_inside_a_quotation_is_the_speaker_s_unless_the_outlet_respells_quotations()
    {
        const string text = "Troops neared Kyiv. “We will defend kyiv,” he said.";
        SpellingCheck.Text(text).ShouldBeEmpty();
        var house = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nsettings:\n  quoted-spelling: house\n")], RuleCatalog.Vocabulary), SpellingCheck.Rules);
        house.Check([new("a.txt", text, new(defaultOutlet: "desk"))]).Select(d => d.ToString())
            .ShouldBe(["a.txt(1,37,1,41): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv'"]);
    }

    [Fact]
    public void Markdown_code_links_and_front_matter_are_not_prose()
    {
        var text = "---\ntags: kyiv and Kiev\noutlet: ap\n---\n# Talks\n\nTalks in Kyiv went on at 08:20 GMT. The `kyiv` tag, `0820 GMT` and " +
                   "[the report](https://example.com/kiev/kyiv) stay.\n\n```\nkyiv Kiev U.S. US\n```\n";
        SpellingCheck.Text(text, path: "a.md").ShouldBeEmpty();
    }

    [Fact]
    public void A_front_matter_title_is_the_headline_and_is_checked_where_it_is_written()
    {
        // A site generator's page (Jekyll, Hugo) gives its headline as the title, often with no heading in the body.
        Lines("---\ntitle: Talks in Kiev resume\noutlet: ap\n---\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(2,17,2,21): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        Lines("---\ntitle: 'Talks in Kiev resume'\noutlet: ap\n---\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(2,18,2,22): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        // A title whose text is not its value as written (an escape, a folded block) is left alone: its marks are the YAML's.
        Lines("---\ntitle: \"Talks in \\\"Kiev\\\" resume\"\noutlet: ap\n---\nTalks in Kyiv resumed on Monday.\n", path: "a.md").ShouldBeEmpty();
        Lines("---\ntitle: >\n  Talks in Kiev\n  resume\noutlet: ap\n---\nTalks in Kyiv resumed on Monday.\n", path: "a.md").ShouldBeEmpty();
        // After a quoted value wrapped to the start of its lines, which site generators read (YamlLoading.LoadFrontMatter).
        Lines("---\nexcerpt: \"Talks go on\nfor a third day.\"\ntitle: Talks in Kiev resume\noutlet: ap\n---\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(4,17,4,21): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        // A title the body's first heading repeats is checked once, in the heading the reader sees, setext or ATX.
        Lines("---\ntitle: \"Talks in Kiev resume\"\noutlet: ap\n---\nTalks in Kiev resume\n====================\n\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(5,10,5,14): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        Lines("---\ntitle: Talks in Kiev resume\noutlet: ap\n---\n# Talks in Kiev resume\n\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(5,12,5,16): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        // A heading that says something else leaves the title the headline.
        Lines("---\ntitle: Talks in Kiev resume\noutlet: ap\n---\n# Day three\n\nTalks in Kyiv resumed on Monday.\n", path: "a.md")
            .ShouldBe(["a.md(2,17,2,21): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
    }

    [Fact]
    public void A_compound_closed_up_before_its_noun_is_no_variant_of_the_open_noun()
    {
        // "the front line" as a noun, "frontline villages" as a modifier: style guides write them so.
        Lines("Soldiers dug in along the front line. The front line held overnight. Two frontline villages were shelled.").ShouldBeEmpty();
        // After a preposition, a word in "-ing" is the noun the compound modifies; a verb after its subject is not.
        Lines("Soldiers dug in along the front line. The front line held. Troops were pulled from frontline fighting.").ShouldBeEmpty();
        Lines("Soldiers dug in along the front line. The front line held. Then the frontline shifting east worried them.").ShouldBe(
        [
            "a.txt(1,69,1,78): info ED1001: 'frontline' is spelled 'front line' elsewhere in this article => front line",
        ]);
        // The closed form used as the noun still departs from the article's open noun.
        Lines("Soldiers dug in along the front line. The front line held overnight. Shells hit the frontline again.").ShouldBe(
        [
            "a.txt(1,85,1,94): info ED1001: 'frontline' is spelled 'front line' elsewhere in this article => front line",
        ]);
    }

    [Fact]
    public void A_spaced_modifier_departs_from_the_hyphenated_modifier_of_the_same_noun()
    {
        var findings = SpellingCheck.Text("The council backed long-haul flights. Clerks say same-sex couples may now adopt. Lawyers for same-sex couples welcomed it, "
                                          + "and the first same sex couples applied on Monday.");
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(1,138,1,146): info ED1001: 'same sex' is spelled 'same-sex' elsewhere in this article => same-sex",
        ]);
        findings[0].RelatedLocations.Select(l => l.LineSpan.ToString()).ShouldBe(["(1,50,1,58)", "(1,94,1,102)"]);
    }

    [Fact]
    public void A_spaced_modifier_as_often_as_the_hyphenated_one_is_a_tie_and_no_variant()
    {
        // One of each: the guide's tie, which neither form departs from (a sentence's opening capital is no vote).
        Lines("The council backed long-haul flights. Same-sex couples may now adopt. Lawyers for same-sex couples welcomed it, "
              + "and the first same sex couples applied on Monday.").ShouldBeEmpty();
    }

    [Fact]
    public void A_spaced_compound_is_no_variant_before_another_noun_as_an_adverb_in_ly_or_as_a_noun_of_two_words()
    {
        // Another noun: "same sex households" says nothing of how the writer joins "same sex" before "couples".
        Lines("Same-sex couples may now adopt. Lawyers for same-sex couples welcomed it, and same sex households applied on Monday.").ShouldBeEmpty();
        // An adverb in -ly is never hyphenated by the style guides, whatever the writer did elsewhere.
        Lines("A fully-loaded truck crossed first. A second fully-loaded truck followed, and a fully loaded truck broke down.").ShouldBeEmpty();
        // Two words as a noun stay open: the hyphens of the article's other uses do not make "the north side" a variant.
        Lines("Fans filled the north-side bars. The north-side crowd sang. Police closed roads on the north side overnight.").ShouldBeEmpty();
    }

    [Fact]
    public void A_spaced_phrase_of_three_words_departs_from_the_hyphenated_noun_written_more_often()
    {
        Lines("Anna Ruiz became editor-in-chief in May. As editor-in-chief she hired twelve reporters. The editor in chief of a rival paper called her.")
            .ShouldBe(
            [
                "a.txt(1,93,1,108): info ED1001: 'editor in chief' is spelled 'editor-in-chief' elsewhere in this article => editor-in-chief",
            ]);
        // Once each: the writer has no majority for the noun.
        Lines("Anna Ruiz became editor-in-chief in May. The editor in chief of a rival paper called her.").ShouldBeEmpty();
        // Three words are a candidate only where the article writes them both ways: "law and order" alone is three words.
        Lines("Voters want law and order. The law and order vote decided it.").ShouldBeEmpty();
        // After "to", a modal or a negation the phrase is a verb's, open however the article hyphenates it elsewhere.
        Lines("Nurses say the best defence is people staying at home. Well, you cannot stay at home without a job.\n\n"
              + "The more people who stay-at-home, the better.\n\nCrews are being told to stay at home. And the more people who "
              + "stay-at-home, the fewer fall ill.\n\nYou cannot stay-at-home without one.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_of_capitalised_words_closed_up_departs_from_the_spaced_name()
    {
        Lines("Fans of Harbour Lights Festival came early. The Harbour Lights Festival sold out, and HarbourLightsFestival tickets went fast.")
            .ShouldBe(
            [
                "a.txt(1,87,1,108): info ED1001: 'HarbourLightsFestival' is spelled 'Harbour Lights Festival' elsewhere in this article => Harbour Lights Festival",
            ]);
        // A closed-up name the article never spaces, or a name with a part of one letter, is no variant.
        Lines("Fans of HarbourLights came early. HarbourLights sold out, and the Harbour crowd stayed.").ShouldBeEmpty();
        Lines("The XGames opened today. X Games fans came, and X Games tickets sold out.").ShouldBeEmpty();
        // Before a capitalised word the spaced words never stand before, it is part of a longer name of its own (a brand).
        Lines("Aldo Lankan officials met. Aldo Lankan exporters agreed. AldoLankan Airways flies daily, and AldoLankan Airways sold out.").ShouldBeEmpty();
        Lines("Aldo Lankan Airways flies daily. AldoLankan Airways sold out, and Aldo Lankan Airways grew.").ShouldBe(
            ["a.txt(1,34,1,44): info ED1001: 'AldoLankan' is spelled 'Aldo Lankan' elsewhere in this article => Aldo Lankan"]);
        // A closed-up name the page's code writes is the code's identifier, singular or plural; the spaced words name the thing.
        SpellingCheck.Text("# Timetables\n\nThe Harbour Lights show each sailing. Wrap each row in a HarbourLights panel, "
                           + "and nest no HarbourLights inside another.\n\n```jsx\n<HarbourLight row={row} />\n```\n", path: "a.md")
            .ShouldBeEmpty();
    }

    // ED1005

    [Fact]
    public void An_outlet_s_minority_spelling_is_reported_with_the_majority_related()
    {
        var findings = SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "They met by videoconference.", new(defaultOutlet: "ap")),
            new("x/2.txt", "Another videoconference followed.", new(defaultOutlet: "ap")),
            new("x/3.txt", "A videoconference was held.", new(defaultOutlet: "ap")),
            new("x/4.txt", "The video conference ended.", new(defaultOutlet: "ap")),
            new("y/4.txt", "The video conference ended.", new(defaultOutlet: "guardian")),
        ]);
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "x/4.txt(1,5,1,21): info ED1005: 'video conference' is spelled 'videoconference' in most Associated Press articles (3 of 4) => videoconference",
        ]);
        RuleCatalog.CrossArticleIds(RuleCatalog.Rules).ShouldContain(findings[0].Id);
        findings[0].RelatedLocations.Select(l => l.ToString()).ShouldBe(["x/1.txt(1,13,1,28)", "x/2.txt(1,9,1,24)", "x/3.txt(1,3,1,18)"]);
    }

    [Fact]
    public void An_outlet_s_closed_compound_before_its_noun_is_no_variant_of_its_open_noun()
    {
        var findings = SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "Troops reached the front line.", new(defaultOutlet: "ap")),
            new("x/2.txt", "The front line moved.", new(defaultOutlet: "ap")),
            new("x/3.txt", "Medics stayed near the front line.", new(defaultOutlet: "ap")),
            new("x/4.txt", "Two frontline villages were shelled.", new(defaultOutlet: "ap")),
            new("x/5.txt", "Shells hit the frontline again.", new(defaultOutlet: "ap")),
        ]);
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "x/5.txt(1,16,1,25): info ED1005: 'frontline' is spelled 'front line' in most Associated Press articles (3 of 4) => front line",
        ]);
    }

    // ED1006

    [Fact]
    public void Abbreviation_points_mixed_in_one_article()
    {
        Lines("US officials met. A US envoy spoke. The U.S. embassy closed.").ShouldBe(
        [
            "a.txt(1,41,1,45): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        ]);
    }

    [Fact]
    public void Ap_writes_US_in_headlines_and_U_S_in_text_and_keeps_the_sentence_s_full_stop()
    {
        Lines("# US envoy in Rome\n\nThe U.S. envoy met Chinese officials.\n", "ap", "a.md").ShouldBeEmpty();
        var findings = SpellingCheck.Text("# U.S. envoy in Rome\n\nHe flew back to the US.\n", "ap", "a.md");
        findings.Select(SpellingCheck.Line).ShouldBe(
        [
            "a.md(1,3,1,7): info ED1006: 'U.S.' should be 'US' (Associated Press style in headlines) => US",
            "a.md(3,21,3,23): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        ]);
        findings[1].Fix!.Edit.Span.Length.ShouldBe(3);
        Lines("US envoys agreed. A US official said so. He flew back to the U.S.").ShouldBe(
        [
            "a.txt(1,62,1,66): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US.",
        ]);
    }

    [Fact]
    public void A_subheading_run_into_the_text_keeps_the_headline_style()
    {
        // The export dropped the subheadings' line breaks: "US sending more doctors to Lviv" and "Aid convoys reach the
        // border and the US" are headlines, which many outlets write without points.
        Lines("# Aid for Lviv\n\nThe U.S. envoy met donors. The U.S. embassy stayed open. US sending more doctors to Lviv The first " +
              "team left on Monday. Aid convoys reach the border and the US A second convoy left on Tuesday.\n", path: "a.md").ShouldBeEmpty();
        // After the points a sentence may end, though the splitter ran it on: the next sentence starts no headline.
        Lines("Envoys from the U.K. The talks ended.", "ap").ShouldBeEmpty();
        // Prose writes the country as a noun with its article, and as an adjective after a determiner: the body's style.
        Lines("The U.S. envoy met donors. The U.S. embassy stayed open. The US is sending doctors, and a US funding plan follows.").ShouldBe(
        [
            "a.txt(1,62,1,64): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
            "a.txt(1,91,1,93): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void Headlines_keep_their_own_abbreviation_style_unless_the_profile_gives_one()
    {
        Lines("# Talks on UN reform stall\n\nThe U.N. envoy met donors. A U.N. report followed.\n", path: "a.md").ShouldBeEmpty();
        // Headlines are compared with each other.
        Lines("# Japan signs chip deal\n\nThe US trade envoy signed.\n\n## U.S. envoy hails U.S. deal, US firms wary\n\nText.\n", path: "a.md").ShouldBe(
        [
            "a.md(5,32,5,34): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
        var desk = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nsettings:\n  abbreviations-headline: points\n")], RuleCatalog.Vocabulary),
            SpellingCheck.Rules);
        desk.Check([new("a.md", "# Talks on UN reform stall\n\nThe U.N. envoy met donors.\n", new(defaultOutlet: "desk"))]).Select(d => d.Id).ShouldBe(["ED1006"]);
    }

    [Fact]
    public void A_shouted_us_is_not_the_abbreviation()
    {
        Lines("The U.S. envoy said: HELP US NOW, the banner read. The U.S. will respond.").ShouldBeEmpty();
        Lines("The U.S. envoy said the US NATO allies agreed.").ShouldBe(
        [
            "a.txt(1,25,1,27): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void An_abbreviation_missing_its_last_point_takes_the_points_written_elsewhere()
    {
        Lines("The U.S. envoy met donors. Aid from the U.S reached Lviv.").ShouldBe(
        [
            "a.txt(1,41,1,44): info ED1006: 'U.S' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
        Lines("Aid from the U.K reached Lviv.", "ap").ShouldBe(
        [
            "a.txt(1,14,1,17): info ED1006: 'U.K' should be 'U.K.' (Associated Press style in text) => U.K.",
        ]);
        // Nothing written in full, or the letters inside a longer word: nothing to go by.
        Lines("Aid from the U.S reached Lviv. The US envoy left.").ShouldBeEmpty();
        Lines("The U.S. envoy met donors. The U.S.A team won. See U.S-2 and X.U.S here.").ShouldBeEmpty();
    }

    // ED1007

    [Fact]
    public void Courtesy_titles_mixed_and_against_the_profile()
    {
        Lines("Mr Biden spoke. Mr Macron listened. Mr. Scholz left.").ShouldBe(
        [
            "a.txt(1,37,1,40): warning ED1007: 'Mr.' should be 'Mr' (as in the rest of this article) => Mr",
        ]);
        Lines("Mr Biden spoke with Macron.", "ap").ShouldBe(
        [
            "a.txt(1,1,1,9): warning ED1007: 'Mr Biden' should be 'Biden' (Associated Press style uses no courtesy titles) => Biden",
        ]);
    }

    [Fact]
    public void A_title_written_one_way_each_time_keeps_its_style_against_the_others_but_not_against_the_profile()
    {
        // "Ms" twice without a point, in minutes that point "Mr." and "Mrs.": that title's style, kept as often as it is written.
        Lines("Mr. Lee and Mrs. Ruiz met Ms Grant. Ms Grant spoke.").ShouldBeEmpty();
        Lines("Mr Lee and Mrs Ruiz met Ms. Grant. Ms. Grant spoke.", "guardian").ShouldBe(
        [
            "a.txt(1,25,1,28): warning ED1007: 'Ms.' should be 'Ms' (The Guardian style) => Ms",
            "a.txt(1,36,1,39): warning ED1007: 'Ms.' should be 'Ms' (The Guardian style) => Ms",
        ]);
        Lines("Mr. Lee and Mrs. Ruiz met Ms Grant. Mr. Okafor spoke.").ShouldBe(
        [
            "a.txt(1,27,1,29): warning ED1007: 'Ms' should be 'Ms.' (as in the rest of this article) => Ms.",
        ]);
    }

    [Fact]
    public void A_tie_of_courtesy_titles_follows_the_article_s_academic_titles()
    {
        // One "Ms." and one "Ms": the later would depart from the earlier in its paragraph, but "Dr" without a point says which
        // style the desk writes.
        Lines("Supervisors: Ms. Ana Pita, Ms Kay Poole and Dr Tane Rau. Dr Rau said the work went well.").ShouldBe(
        [
            "a.txt(1,14,1,17): warning ED1007: 'Ms.' should be 'Ms' (as 'Dr' and 'Prof' are written in this article) => Ms",
        ]);
        // Without them the later form departs; with "Dr" written both ways they say nothing.
        Lines("Supervisors: Ms. Ana Pita, Ms Kay Poole and others.").ShouldBe(
        [
            "a.txt(1,28,1,30): warning ED1007: 'Ms' should be 'Ms.' (as in the rest of this article) => Ms.",
        ]);
        Lines("Supervisors: Ms. Ana Pita, Ms Kay Poole, Dr. Tane Rau and Dr Mere Rau.").ShouldBe(
        [
            "a.txt(1,28,1,30): warning ED1007: 'Ms' should be 'Ms.' (as in the rest of this article) => Ms.",
        ]);
        // A tie nothing contradicts (each form in a paragraph of its own) stays quiet whatever "Dr" says.
        Lines("Ms. Ana Pita chaired.\n\nMs Kay Poole spoke, and Dr Tane Rau replied.").ShouldBeEmpty();
    }

    [Fact]
    public void British_copy_shows_a_pointed_style_only_by_three_pointed_titles_to_each_plain_one()
    {
        // British spelling writes "Mr" without a point: two "Mr." beside one "Mr" there are no style to depart from.
        Lines("Mr. Hale praised the organisation's colour scheme. Mr. Hale said the centre would open. Mr Bond agreed.").ShouldBeEmpty();
        Lines("Mr. Hale praised the organisation's colour scheme. Mr. Hale said the centre would open. Mr. Hale left. Mr Bond agreed.").ShouldBe(
        [
            "a.txt(1,104,1,106): warning ED1007: 'Mr' should be 'Mr.' (as in the rest of this article) => Mr.",
        ]);
        // American copy points its titles: two to one is its majority.
        Lines("Mr. Hale praised the organization's color scheme. Mr. Hale said the center would open. Mr Bond agreed.").ShouldBe(
        [
            "a.txt(1,88,1,90): warning ED1007: 'Mr' should be 'Mr.' (as in the rest of this article) => Mr.",
        ]);
    }

    [Fact]
    public void A_courtesy_title_that_addresses_an_office_is_the_speaker_s_form()
    {
        // "Mr. Chancellor" in a speech the release reprints addresses the office: no vote against the copy's "Mr Grant".
        Lines("Mr Grant spoke first. Later a student said: I wish to put it another way, Mr. Chancellor. Thank you, Mr. President.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_headline_s_courtesy_title_is_its_desk_s_unless_the_outlet_states_a_style()
    {
        // "Mr" in the headline over a release that writes "Mr." in its text: the headline's style, not a departure.
        Lines("# Thanks for Nothing Mr Lee!\n\nMr. Lee cut the grant. Students said Mr. Lee had promised more.\n", path: "a.md").ShouldBeEmpty();
        Lines("# Thanks for Nothing Mr. Lee!\n\nMr Lee cut the grant. Students said Mr Lee had promised more.\n", "guardian", path: "a.md").ShouldBe(
        [
            "a.md(1,22,1,25): warning ED1007: 'Mr.' should be 'Mr' (The Guardian style) => Mr",
        ]);
    }

    // ED1008

    [Fact]
    public void Times_written_with_and_without_a_colon()
    {
        Lines("Talks began at 08:20 GMT and paused at 1130 GMT. They resumed at 14:00 GMT.").ShouldBe(
        [
            "a.txt(1,40,1,44): warning ED1008: '1130' should be '11:30' (as in the rest of this article) => 11:30",
        ]);
        Lines("Talks began at 8:20 GMT.", "afp").ShouldBe(
        [
            "a.txt(1,16,1,20): warning ED1008: '8:20' should be '0820' (AFP (English) style) => 0820",
        ]);
    }
}
