using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Editorial.Analyzers.Tests;

/// <summary>This leg is worth running only while it really hosts the oldest supported Roslyn; a package bump would
/// otherwise turn it silently into a second copy of Editorial.Analyzers.Tests.</summary>
public sealed class RoslynVersionTests
{
    [Fact]
    public void The_compiler_and_workspaces_are_the_oldest_supported_release()
    {
        typeof(Compilation).Assembly.GetName().Version.ShouldBe(new Version(4, 8, 0, 0));
        typeof(CodeFixProvider).Assembly.GetName().Version.ShouldBe(new Version(4, 8, 0, 0));
    }
}
