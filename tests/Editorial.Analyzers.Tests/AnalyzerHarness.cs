using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Editorial.Analyzers.Tests;

/// <summary>An article (or profile) handed to the compiler as an additional file, with the <c>.editorconfig</c> keys that match it.</summary>
/// <param name="Encoding">The encoding the compiler decoded the file with; null for text that never was bytes.</param>
public sealed record TestFile(string Path, string Text, IReadOnlyDictionary<string, string>? Options = null, System.Text.Encoding? Encoding = null);

/// <summary>
/// Runs an analyzer as the compiler does: a C# compilation with additional files and analyzer config options, through
/// <see cref="CompilationWithAnalyzers"/>, which applies the compilation's diagnostic options (NoWarn, WarningsAsErrors,
/// global config severities) to what the analyzer reports. Analyzer exceptions are collected, never swallowed.
/// </summary>
public sealed class AnalyzerHarness
{
    private readonly List<Exception> _exceptions = [];

    public IReadOnlyDictionary<string, string> GlobalOptions { get; init; } = new Dictionary<string, string>();
    /// <summary>Compiler options by ID, as <c>NoWarn</c> (Suppress) and <c>WarningsAsErrors</c> (Error) give them.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> SpecificOptions { get; init; } = new Dictionary<string, ReportDiagnostic>();
    /// <summary><c>dotnet_diagnostic.&lt;ID&gt;.severity</c> keys of a global config.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> GlobalSeverities { get; init; } = new Dictionary<string, ReportDiagnostic>();
    /// <summary>False to act as a host whose options cannot list their keys.</summary>
    public bool OptionsListKeys { get; init; } = true;

    public IReadOnlyList<Exception> Exceptions => _exceptions;

    /// <summary>A C# project with one class: the articles are its additional files. Immutable, so one serves every test.</summary>
    public static CSharpCompilation EmptyCompilation { get; } = CSharpCompilation.Create("Newsroom",
        [CSharpSyntaxTree.ParseText("class Placeholder { }", path: "Placeholder.cs")],
        [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public CompilationWithAnalyzers Prepare(DiagnosticAnalyzer analyzer, IEnumerable<TestFile> files)
    {
        var list = files.ToList();
        var texts = list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text, f.Encoding)).ToImmutableArray();
        var provider = new TestConfigOptionsProvider(list.ToDictionary(f => f.Path, f => f.Options ?? new Dictionary<string, string>()), GlobalOptions, OptionsListKeys);
        var compilation = EmptyCompilation;
        compilation = compilation.WithOptions(compilation.Options
            .WithSpecificDiagnosticOptions(SpecificOptions)
            .WithSyntaxTreeOptionsProvider(new GlobalSeverityProvider(GlobalSeverities)));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts, provider),
            onAnalyzerException: (exception, _, _) => { lock (_exceptions) _exceptions.Add(exception); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers([analyzer], options);
    }

    /// <summary>Every diagnostic the analyzer reports, after the compiler's options, sorted as the engine sorts.</summary>
    public async Task<IReadOnlyList<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params TestFile[] files)
    {
        var diagnostics = await Prepare(analyzer, files).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return Sort(diagnostics);
    }

    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ThenBy(d => d.GetMessage(), StringComparer.Ordinal)
        .ToList();

    /// <summary>A Roslyn diagnostic in the engine's canonical form: <c>path(line,col,endLine,endCol): severity ID: message</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},"
               + $"{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }
}

public sealed class InMemoryAdditionalText(string path, string text, System.Text.Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, encoding);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>What the compiler builds from <c>.editorconfig</c> sections and the MSBuild-generated config, as plain dictionaries.</summary>
/// <param name="listsKeys">False to act as a host before Roslyn 4.4, whose options cannot list their keys.</param>
public sealed class TestConfigOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath, IReadOnlyDictionary<string, string> global,
    bool listsKeys = true)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options, listsKeys) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values, bool listsKeys = true) : AnalyzerConfigOptions
    {
        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values = new(values, KeyComparer);

        public override IEnumerable<string> Keys => listsKeys ? _values.Keys : throw new NotImplementedException();

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>The severities of a global config's <c>dotnet_diagnostic</c> keys, as the compiler hands them to its diagnostic filter.</summary>
public sealed class GlobalSeverityProvider(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        severities.TryGetValue(diagnosticId, out severity);
}
