namespace Editorial.Tests.Hygiene;

/// <summary>ED4009: characters garbled by a wrong encoding, with sentences of our own garbled as a wrong reading garbles them.</summary>
public class GarbledCharactersTests
{
    private static List<string> Lines(string text, string path = "a.txt") =>
        HygieneRun.File(path, text).Where(d => d.Id == "ED4009").Select(HygieneRun.Describe).ToList();

    /// <summary>The text as a program that read its UTF-8 bytes as Windows-1252 (or Latin-1 for the bytes that has no
    /// character for) shows it.</summary>
    private static string Garble(string text)
    {
        var windows1252 = new Dictionary<int, char>
        {
            [0x80] = '€', [0x82] = '‚', [0x83] = 'ƒ', [0x84] = '„', [0x85] = '…', [0x86] = '†', [0x87] = '‡', [0x88] = 'ˆ', [0x89] = '‰',
            [0x8A] = 'Š', [0x8B] = '‹', [0x8C] = 'Œ', [0x8E] = 'Ž', [0x91] = '‘', [0x92] = '’', [0x93] = '“', [0x94] = '”', [0x95] = '•',
            [0x96] = '–', [0x97] = '—', [0x98] = '˜', [0x99] = '™', [0x9A] = 'š', [0x9B] = '›', [0x9C] = 'œ', [0x9E] = 'ž', [0x9F] = 'Ÿ',
        };
        return new string(System.Text.Encoding.UTF8.GetBytes(text).Select(b => windows1252.TryGetValue(b, out var c) ? c : (char)b).ToArray());
    }

    /// <summary>The text as a program that read its UTF-8 bytes as Latin-1 shows it: the middle bytes of a curly quotation
    /// mark become invisible control characters.</summary>
    private static string GarbleAsLatin1(string text) => new(System.Text.Encoding.UTF8.GetBytes(text).Select(b => (char)b).ToArray());

    [Fact]
    public void Garbled_characters_are_one_finding_whose_fix_restores_every_place()
    {
        var text = Garble("The harbour master said they don’t know. The café on the pier opened.") + "\n";
        var finding = HygieneRun.File("a.txt", text).Single(d => d.Id == "ED4009");
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,33): ED4009: Garbled characters 'â€™' where '’' was meant: text read in the wrong encoding in 2 places");
        finding.RelatedLocations.Count.ShouldBe(1);
        HygieneRun.ApplyFix(text, finding).ShouldBe("The harbour master said they don’t know. The café on the pier opened.\n");
    }

    [Fact]
    public void Bytes_read_as_Latin_1_and_text_garbled_twice_are_restored_too()
    {
        var latin1 = GarbleAsLatin1("The ferry’s crew waved.") + "\n";
        var finding = HygieneRun.File("a.txt", latin1).Single(d => d.Id == "ED4009");
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,10): ED4009: Garbled characters 'â\\u0080\\u0099' where '’' was meant: text read in the wrong encoding");
        HygieneRun.ApplyFix(latin1, finding).ShouldBe("The ferry’s crew waved.\n");
        Lines(Garble(Garble("Tickets cost £5 on the ferry.")) + "\n").ShouldBe(
            ["a.txt(1,14): ED4009: Garbled characters 'Ã‚Â£' where '£' was meant: text read in the wrong encoding"]);
    }

    [Theory]
    [InlineData("SÃO PAULO and the ferry to Târgu Mureș sailed on time.")]
    [InlineData("José and Zoë’s naïve café — “the pier” — opened.")]
    [InlineData("The crew’s “best” crossing: 3–2, then café-au-lait.")]
    public void Letters_and_marks_of_real_text_are_not_garbled(string text) => Lines(text + "\n").ShouldBeEmpty();

    [Fact]
    public void Code_is_no_prose()
    {
        Lines("Write `" + Garble("don’t") + "` in the timetable's test file.\n", "a.md").ShouldBeEmpty();
        Lines("Write " + Garble("don’t") + " in the timetable.\n", "a.md").ShouldBe(
            ["a.md(1,10): ED4009: Garbled characters 'â€™' where '’' was meant: text read in the wrong encoding"]);
    }
}
