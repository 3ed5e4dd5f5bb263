using Editorial.Text;

namespace Editorial.Diagnostics;

/// <summary>A replacement of one span of an article's text; the fix model shared by the code fix and <c>editorial fix</c>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>A suggested fix: a title for the user ("Use 'Zelenskyy' (Associated Press style)") and the edit it makes.</summary>
public sealed record Fix(string Title, TextEdit Edit);
