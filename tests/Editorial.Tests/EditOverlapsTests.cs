using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>The one overlap policy of <c>editorial fix</c>, the language server and the IDE's fix-all.</summary>
public class EditOverlapsTests
{
    private static string Choices(params (string Name, int Start, int Length, string NewText)[] edits) =>
        string.Join(", ", EditOverlaps.Choose(edits, e => new TextEdit(new TextSpan(e.Start, e.Length), e.NewText)).Select(c => $"{c.Item.Name} {c.Choice}"));

    [Fact]
    public void Edits_are_taken_by_position_and_one_that_overlaps_a_made_edit_waits_for_the_next_run()
    {
        Choices(("late", 10, 4, "Kyiv"), ("early", 0, 5, "U.S."), ("inside", 2, 6, "x")).ShouldBe("early Made, inside Overlaps, late Made");
    }

    [Fact]
    public void The_same_edit_from_two_rules_is_made_once_and_two_insertions_at_one_point_are_not_both_made()
    {
        Choices(("a", 4, 4, "Kyiv"), ("b", 4, 4, "Kyiv")).ShouldBe("a Made, b SameAsMade");
        Choices(("comma", 7, 0, ","), ("stop", 7, 0, ".")).ShouldBe("comma Made, stop Overlaps");
        Choices(("first", 0, 3, "one"), ("touching", 3, 2, "two")).ShouldBe("first Made, touching Made");
    }
}
