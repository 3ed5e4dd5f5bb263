using System.Text.Json.Serialization;

namespace Editorial.LanguageServer;

/// <summary>
/// The Language Server Protocol 3.17 messages this server reads and writes, as far as it uses them (unknown members are
/// ignored when read, null members left out when written). Named as the specification names them, inside <see cref="Lsp"/>
/// so that <c>Lsp.Diagnostic</c> and <c>Lsp.TextEdit</c> stay apart from the engine's own types.
/// </summary>
public static class Lsp
{
    /// <summary>A zero-based line and a zero-based offset in UTF-16 code units within it (the protocol's default encoding).</summary>
    public sealed record Position(int Line, int Character);

    /// <summary>The end position is exclusive.</summary>
    public sealed record Range(Position Start, Position End);

    public sealed record Location(string Uri, Range Range);

    public sealed record DiagnosticRelatedInformation(Location Location, string Message);

    public sealed record CodeDescription(string Href);

    public static class DiagnosticSeverity
    {
        public const int Error = 1;
        public const int Warning = 2;
        public const int Information = 3;
    }

    public sealed record Diagnostic(
        Range Range,
        int Severity,
        string Code,
        CodeDescription CodeDescription,
        string Source,
        string Message,
        IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation);

    public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);

    public sealed record TextDocumentIdentifier(string Uri);

    public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

    public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

    /// <summary>With full document sync, which the server asks for, every change carries the whole new text; a change with a
    /// range replaces that range.</summary>
    public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

    public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

    public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

    public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

    public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

    /// <summary>The client's own copy of the diagnostics is not read: the server answers from the findings it published.</summary>
    public sealed record CodeActionContext(IReadOnlyList<string>? Only);

    public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

    public static class CodeActionKind
    {
        public const string QuickFix = "quickfix";
        public const string SourceFixAll = "source.fixAll";
    }

    public sealed record TextEdit(Range Range, string NewText);

    public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

    public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

    public sealed record WorkspaceFolder(string Uri, string? Name);

    public sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
        ClientCapabilities? Capabilities = null);

    /// <summary>Of the client's capabilities, only whether it watches files for the server when asked.</summary>
    public sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);

    public sealed record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles);

    public sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

    public sealed record FileEvent(string Uri, int Type);

    public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

    public sealed record FileSystemWatcher(string GlobPattern);

    public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

    public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

    public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

    /// <summary>The protocol's own error codes, beside JSON-RPC's.</summary>
    public static class ErrorCodes
    {
        public const int ServerNotInitialized = -32002;
    }

    public static class MessageType
    {
        public const int Error = 1;
    }

    public sealed record LogMessageParams(int Type, string Message);

    public static class TextDocumentSyncKind
    {
        public const int Incremental = 2;
    }

    public sealed record SaveOptions(bool IncludeText);

    public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

    public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

    public sealed record ServerCapabilities(string PositionEncoding, TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider);

    public sealed record ServerInfo(string Name, string? Version);

    public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    /// <summary>The parameters of a message that has none to speak of (<c>initialized</c> sends <c>{}</c>).</summary>
    public sealed record Empty
    {
        [JsonExtensionData]
        public Dictionary<string, System.Text.Json.JsonElement>? Rest { get; init; }
    }
}
