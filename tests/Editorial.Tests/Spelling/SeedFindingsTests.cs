using Editorial.Diagnostics;

namespace Editorial.Tests.Spelling;

/// <summary>
/// The spelling rules on the five seed articles (samples/Newsroom): the findings the issue asks for, with exact
/// positions, and every finding of each configuration listed so that any change shows. Each listed finding was read
/// against the text: lowercase "kyiv" (AP), "four-storey" among American spellings (AP), "U.S." once among "US" (agency-a);
/// under Associated Press style the British spellings, "US"/"UN" without points, courtesy titles, and agency-b's "video conference"
/// where the other ap-checked articles write "videoconference".
/// </summary>
public class SeedFindingsTests
{
    [Fact]
    public void Lowercase_kyiv_in_the_ap_seed_is_reported_six_times_with_the_fix_Kyiv()
    {
        var findings = SpellingCheck.Seeds().Where(d => d.Id == "ED1004").ToList();
        findings.Select(d => d.Location.Path + d.Location.LineSpan).ShouldBe(
        [
            "samples/Newsroom/ap/003.txt(5,142,5,146)",
            "samples/Newsroom/ap/003.txt(19,292,19,296)",
            "samples/Newsroom/ap/003.txt(23,196,23,200)",
            "samples/Newsroom/ap/003.txt(25,99,25,103)",
            "samples/Newsroom/ap/003.txt(29,103,29,107)",
            "samples/Newsroom/ap/003.txt(35,20,35,24)",
        ]);
        findings[0].ToString().ShouldBe("samples/Newsroom/ap/003.txt(5,142,5,146): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv'");
        findings.ShouldAllBe(d => d.Fix!.Edit.NewText == "Kyiv" && d.Fix.Edit.Span == d.Location.Span);
        // The proper noun is the one written mid-sentence on line 37 ("east of Kyiv").
        findings[0].RelatedLocations.Single().LineSpan.ToString().ShouldBe("(37,40,37,44)");
    }

    [Fact]
    public void Four_storey_among_american_spellings_in_the_ap_seed_is_mixed_regional_spelling()
    {
        var finding = SpellingCheck.Seeds().Single(d => d.Id == "ED1003");
        finding.ToString().ShouldBe(
            "samples/Newsroom/ap/003.txt(43,81,43,92): info ED1003: 'four-storey' is British spelling; this article uses American spelling: 'four-story'");
        finding.Fix!.Title.ShouldBe("Use 'four-story' (as in the rest of this article)");
        finding.Fix.Edit.NewText.ShouldBe("four-story");
        // The same word in American spelling comes first among the related places: "nine-story" on line 27.
        finding.RelatedLocations[0].LineSpan.ToString().ShouldBe("(27,35,27,45)");
    }

    [Fact]
    public void Zelensky_in_the_afp_seed_differs_from_ap_style()
    {
        var findings = SpellingCheck.Seeds("ap").Where(d => d.Id == "ED1002").ToList();
        findings.Select(d => d.ToString()).ShouldBe(
        [
            "samples/Newsroom/afp/004.txt(6,167,6,175): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
            "samples/Newsroom/afp/004.txt(11,1,11,9): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
            "samples/Newsroom/afp/004.txt(12,158,12,166): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
            "samples/Newsroom/ap/003.txt(5,142,5,146): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
            "samples/Newsroom/ap/003.txt(19,292,19,296): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
            "samples/Newsroom/ap/003.txt(23,196,23,200): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
            "samples/Newsroom/ap/003.txt(25,99,25,103): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
            "samples/Newsroom/ap/003.txt(29,103,29,107): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
            "samples/Newsroom/ap/003.txt(35,20,35,24): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style",
        ]);
        findings.Take(3).ShouldAllBe(d => d.Fix!.Title == "Use 'Zelenskyy' (Associated Press style)" && d.Fix.Edit.NewText == "Zelenskyy" && d.Fix.Edit.Span == d.Location.Span);
    }

    [Fact]
    public void Every_finding_on_the_seeds_without_an_outlet() => SpellingCheck.Seeds().Select(SpellingCheck.Line).ShouldBe(
    [
        "samples/Newsroom/agency-a/000.txt(39,40,39,44): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        "samples/Newsroom/ap/003.txt(5,142,5,146): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(19,292,19,296): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(23,196,23,200): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(25,99,25,103): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(29,103,29,107): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(35,20,35,24): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        "samples/Newsroom/ap/003.txt(43,81,43,92): info ED1003: 'four-storey' is British spelling; this article uses American spelling: 'four-story' => four-story",
    ]);

    [Fact]
    public void Every_finding_on_the_seeds_with_each_folder_s_outlet_profile() => SpellingCheck.SeedsByFolder().Select(SpellingCheck.Line).ShouldBe(
    [
        "samples/Newsroom/agency-a/000.txt(39,40,39,44): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        "samples/Newsroom/ap/003.txt(5,142,5,146): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(19,131,19,133): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(19,292,19,296): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(23,196,23,200): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(25,99,25,103): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(29,103,29,107): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(35,20,35,24): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(43,81,43,92): info ED1003: 'four-storey' is British spelling; Associated Press style uses American spelling: 'four-story' => four-story",
        "samples/Newsroom/ap/003.txt(65,5,65,7): info ED1006: 'UN' should be 'U.N.' (Associated Press style in text) => U.N.",
        "samples/Newsroom/ap/003.txt(65,279,65,281): info ED1006: 'UN' should be 'U.N.' (Associated Press style in text) => U.N.",
        "samples/Newsroom/ap/003.txt(73,58,73,60): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(85,12,85,14): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(85,100,85,102): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
    ]);

    [Fact]
    public void Every_finding_on_the_seeds_all_checked_as_ap() => SpellingCheck.Seeds("ap").Select(SpellingCheck.Line).ShouldBe(
    [
        "samples/Newsroom/afp/004.txt(6,167,6,175): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style => Zelenskyy",
        "samples/Newsroom/afp/004.txt(11,1,11,9): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style => Zelenskyy",
        "samples/Newsroom/afp/004.txt(12,158,12,166): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style => Zelenskyy",
        "samples/Newsroom/agency-a/000.txt(19,226,19,233): info ED1003: 'defence' is British spelling; Associated Press style uses American spelling: 'defense' => defense",
        "samples/Newsroom/agency-a/000.txt(21,85,21,97): info ED1003: 'demilitarise' is British spelling; Associated Press style uses American spelling: 'demilitarize' => demilitarize",
        "samples/Newsroom/agency-a/000.txt(23,13,23,15): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/agency-a/000.txt(23,246,23,248): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/agency-a/000.txt(33,154,33,160): info ED1003: 'fulfil' is British spelling; Associated Press style uses American spelling: 'fulfill' => fulfill",
        "samples/Newsroom/agency-a/000.txt(35,6,35,13): info ED1003: 'defence' is British spelling; Associated Press style uses American spelling: 'defense' => defense",
        "samples/Newsroom/agency-a/000.txt(35,172,35,179): info ED1003: 'centres' is British spelling; Associated Press style uses American spelling: 'centers' => centers",
        "samples/Newsroom/agency-b/001.txt(3,62,3,78): info ED1005: 'video conference' is spelled 'videoconference' in most Associated Press articles (3 of 4) => videoconference",
        "samples/Newsroom/agency-b/001.txt(3,80,3,91): warning ED1007: 'Mr Podolyak' should be 'Podolyak' (Associated Press style uses no courtesy titles) => Podolyak",
        "samples/Newsroom/agency-b/001.txt(7,40,7,56): info ED1005: 'video conference' is spelled 'videoconference' in most Associated Press articles (3 of 4) => videoconference",
        "samples/Newsroom/agency-b/001.txt(15,226,15,233): info ED1003: 'defence' is British spelling; Associated Press style uses American spelling: 'defense' => defense",
        "samples/Newsroom/agency-b/001.txt(21,1,21,13): warning ED1007: 'Mr Zelenskyy' should be 'Zelenskyy' (Associated Press style uses no courtesy titles) => Zelenskyy",
        "samples/Newsroom/agency-b/001.txt(23,158,23,170): warning ED1007: 'Mr Zelenskyy' should be 'Zelenskyy' (Associated Press style uses no courtesy titles) => Zelenskyy",
        "samples/Newsroom/agency-b/001.txt(27,1,27,9): warning ED1007: 'Mr Biden' should be 'Biden' (Associated Press style uses no courtesy titles) => Biden",
        "samples/Newsroom/aljazeera/002.txt(18,226,18,233): info ED1003: 'defence' is British spelling; Associated Press style uses American spelling: 'defense' => defense",
        "samples/Newsroom/aljazeera/002.txt(20,13,20,15): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/aljazeera/002.txt(20,246,20,248): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/aljazeera/002.txt(36,75,36,77): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/aljazeera/002.txt(44,1,44,3): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/aljazeera/002.txt(46,173,46,175): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(5,142,5,146): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(19,131,19,133): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(19,292,19,296): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(23,196,23,200): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(25,99,25,103): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(29,103,29,107): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(35,20,35,24): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        "samples/Newsroom/ap/003.txt(43,81,43,92): info ED1003: 'four-storey' is British spelling; Associated Press style uses American spelling: 'four-story' => four-story",
        "samples/Newsroom/ap/003.txt(65,5,65,7): info ED1006: 'UN' should be 'U.N.' (Associated Press style in text) => U.N.",
        "samples/Newsroom/ap/003.txt(65,279,65,281): info ED1006: 'UN' should be 'U.N.' (Associated Press style in text) => U.N.",
        "samples/Newsroom/ap/003.txt(73,58,73,60): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(85,12,85,14): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
        "samples/Newsroom/ap/003.txt(85,100,85,102): info ED1006: 'US' should be 'U.S.' (Associated Press style in text) => U.S.",
    ]);

    [Fact]
    public void Articles_of_different_outlets_are_not_compared()
    {
        SpellingCheck.Seeds().ShouldNotContain(d => d.Id == "ED1005");
        SpellingCheck.SeedsByFolder().ShouldNotContain(d => d.Id == "ED1005");
    }

    [Fact]
    public void Findings_inside_quotations_are_capped_at_the_quotation_severity()
    {
        // agency-a line 35 quotes Peskov: "The defence ministry ... population centres".
        var quoted = SpellingCheck.Seeds("ap").Where(d => d.Location.Path.EndsWith("000.txt") && d.Location.LineSpan.StartLine == 35).ToList();
        quoted.Count.ShouldBe(2);
        quoted.ShouldAllBe(d => d.Severity == Severity.Suggestion);
    }
}
