using Editorial.Articles;
using Editorial.Hosting.Configuration;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Editorial.LanguageServer;

/// <summary>
/// <c>editorial lsp</c>: the Language Server Protocol over a pair of streams (the process's standard input and output).
/// StreamJsonRpc reads and writes the messages with their <c>Content-Length</c> headers; this class only maps each method
/// to <see cref="ArticleWorkspace"/> and sends back what it has to publish. Messages are handled one at a time in the order
/// they arrive, and diagnostics go out in that order too. A change's check waits behind the messages that came in before
/// it was taken: when a client sends changes faster than a long article is checked, the changes queued behind one check are
/// checked once, as the last of them left the text, instead of one check each.
/// </summary>
public sealed class EditorialLanguageServer
{
    private readonly ArticleWorkspace _workspace;
    private readonly Channel<Lsp.PublishDiagnosticsParams> _publications = Channel.CreateUnbounded<Lsp.PublishDiagnosticsParams>(
        new UnboundedChannelOptions { SingleReader = true });
    /// <summary>Runs the handlers one at a time, in the order the messages came; a change's check is queued on it too.</summary>
    private readonly NonConcurrentSynchronizationContext _handlers = new(sticky: false);
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _initialized;
    private bool _shutdownRequested;
    private JsonRpc? _rpc;
    private bool _clientWatchesFiles;

    private EditorialLanguageServer(ServerOptions options)
    {
        _workspace = new ArticleWorkspace(options);
    }

    /// <summary>Serves one client until it sends <c>exit</c> or closes the stream. The exit code is the protocol's: 0 after a
    /// <c>shutdown</c> request, 1 when the client went without one.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, ServerOptions options)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var server = new EditorialLanguageServer(options);
        using var rpc = new JsonRpc(new SkippingMessageHandler(output, input, formatter,
            exception => server.LogError($"editorial: skipped a message that is not a JSON-RPC message: {exception.Message}")))
        {
            SynchronizationContext = server._handlers,
        };
        // LSP sends every method's parameters as one object: it is the handler's one argument, not a set of named arguments.
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server._rpc = rpc;
        rpc.TraceSource.Listeners.Add(new FailedNotificationListener(server));
        rpc.StartListening();
        var publishing = server.PublishAsync(rpc);
        await Task.WhenAny(rpc.Completion, server._exit.Task).ConfigureAwait(false);
        // What the last messages published still goes out before the server ends (nothing, once the client has gone).
        server._publications.Writer.TryComplete();
        await publishing.ConfigureAwait(false);
        return server._shutdownRequested ? 0 : 1;
    }

    /// <summary>Sends the diagnostics in the order the handlers produced them, one notification after the other.</summary>
    private async Task PublishAsync(JsonRpc rpc)
    {
        await foreach (var publication in _publications.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", publication).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    [JsonRpcMethod("initialize")]
    public Lsp.InitializeResult Initialize(Lsp.InitializeParams parameters)
    {
        if (_initialized) throw new LocalRpcException("editorial: initialize was sent already") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
        _initialized = true;
        var folders = parameters.WorkspaceFolders?.Select(f => f.Uri)
            ?? (parameters.RootUri is { } rootUri ? [rootUri] : []);
        foreach (var folder in folders.Select(LspConversion.PathOfUri).OfType<string>()) _workspace.AddFolder(folder);
        if (parameters.WorkspaceFolders is null && parameters.RootUri is null && parameters.RootPath is { } rootPath) _workspace.AddFolder(rootPath);
        _clientWatchesFiles = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        var version = typeof(EditorialLanguageServer).Assembly.GetName().Version?.ToString(3);
        return new Lsp.InitializeResult(
            new Lsp.ServerCapabilities(
                "utf-16",
                new Lsp.TextDocumentSyncOptions(OpenClose: true, Lsp.TextDocumentSyncKind.Incremental, new Lsp.SaveOptions(IncludeText: false)),
                new Lsp.CodeActionOptions([Lsp.CodeActionKind.QuickFix, Lsp.CodeActionKind.SourceFixAll])),
            new Lsp.ServerInfo("editorial", version));
    }

    /// <summary>
    /// Asks a client that can watch files to report changes to the files a check reads: <c>.editorconfig</c>,
    /// <c>.globalconfig</c>, profiles and
    /// articles (<see cref="ArticleWorkspace.FilesChanged"/>). The answer is not waited for: a client that refuses still has
    /// saves of the files it edits.
    /// </summary>
    [JsonRpcMethod("initialized")]
    public void Initialized(Lsp.Empty? parameters = null)
    {
        if (!Serving || !_clientWatchesFiles || _rpc is null) return;
        var articles = "**/*.{" + string.Join(",", ArticleFormats.Extensions.Keys.Select(extension => extension.TrimStart('.'))) + "}";
        var watchers = new[] { "**/" + EditorConfigResolver.EditorConfigName, "**/" + EditorConfigResolver.GlobalConfigName, "**/*.{yml,yaml}", articles }.Select(glob => new Lsp.FileSystemWatcher(glob)).ToList();
        var registration = new Lsp.Registration("editorial-files", "workspace/didChangeWatchedFiles", new Lsp.DidChangeWatchedFilesRegistrationOptions(watchers));
        _ = _rpc.InvokeWithParameterObjectAsync("client/registerCapability", new Lsp.RegistrationParams([registration]))
            .ContinueWith(static task => _ = task.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(Lsp.DidChangeWatchedFilesParams parameters)
    {
        if (Serving) Send(_workspace.FilesChanged(parameters.Changes.Select(change => change.Uri)));
    }

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(Lsp.DidOpenTextDocumentParams parameters)
    {
        if (Serving) Send(_workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.TextDocument.Text));
    }

    /// <summary>Incremental synchronisation: a change holds a range's new text (or the whole text, which a client may still
    /// send), so a keystroke in a long article sends the keystroke, not the article. The text is taken now; its check is posted behind the messages already queued, so that changes which came in
    /// during an earlier check are checked once, at the last.</summary>
    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(Lsp.DidChangeTextDocumentParams parameters)
    {
        if (!Serving || parameters.ContentChanges.Count == 0) return;
        var uri = parameters.TextDocument.Uri;
        _workspace.Edit(uri, parameters.TextDocument.Version, parameters.ContentChanges);
        _handlers.Post(_ => Send(_workspace.CheckEdited(uri)), null);
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(Lsp.DidSaveTextDocumentParams parameters)
    {
        if (Serving) Send(_workspace.Save(parameters.TextDocument.Uri, parameters.Text));
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(Lsp.DidCloseTextDocumentParams parameters)
    {
        if (Serving) Send(_workspace.Close(parameters.TextDocument.Uri));
    }

    /// <summary>The fixes of the text the client holds now: an edit whose check is still queued is checked first, so no fix is
    /// made from the findings of an earlier version. A request the client cancelled while it waited (VS Code cancels the light
    /// bulb's when the text changes again) is answered as cancelled without that check, which the changes after it would
    /// otherwise have shared.</summary>
    [JsonRpcMethod("textDocument/codeAction")]
    public IReadOnlyList<Lsp.CodeAction> CodeAction(Lsp.CodeActionParams parameters, CancellationToken cancellation)
    {
        EnsureServing();
        cancellation.ThrowIfCancellationRequested();
        Send(_workspace.CheckEdited(parameters.TextDocument.Uri));
        return _workspace.CodeActions(parameters.TextDocument.Uri, parameters.Range, parameters.Context?.Only);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        EnsureServing();
        _shutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    /// <summary>Whether the session is between <c>initialize</c> and <c>shutdown</c>: outside it the protocol has a notification
    /// dropped (<c>exit</c> aside), so no document is checked before the workspace folders are known or after the client said
    /// it is leaving.</summary>
    private bool Serving => _initialized && !_shutdownRequested;

    /// <summary>Refuses a request outside the session as the protocol asks: ServerNotInitialized (-32002) before
    /// <c>initialize</c>, InvalidRequest after <c>shutdown</c>.</summary>
    private void EnsureServing()
    {
        if (!_initialized) throw new LocalRpcException("editorial: the server is not initialized (initialize comes first)") { ErrorCode = Lsp.ErrorCodes.ServerNotInitialized };
        if (_shutdownRequested) throw new LocalRpcException("editorial: the server is shut down; only exit is served") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
    }

    /// <summary>Tells the client's log (<c>window/logMessage</c>) of a problem no document shows; not waited for.</summary>
    private void LogError(string message)
    {
        _rpc?.NotifyWithParameterObjectAsync("window/logMessage", new Lsp.LogMessageParams(Lsp.MessageType.Error, message))
            .ContinueWith(static task => _ = task.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    /// <summary>
    /// Tells the client's log of a notification the server could not handle (parameters it cannot read, a check that failed):
    /// StreamJsonRpc answers a failed request with an error response, but a notification has none, and its failure would go
    /// without a word, its document unchecked. StreamJsonRpc traces every failed local invocation as
    /// <see cref="JsonRpc.TraceEvents.LocalInvocationError"/>, with the exception, the method and the request's ID (none for a
    /// notification).
    /// </summary>
    private sealed class FailedNotificationListener(EditorialLanguageServer server) : System.Diagnostics.TraceListener
    {
        public override void TraceData(System.Diagnostics.TraceEventCache? eventCache, string source, System.Diagnostics.TraceEventType eventType, int id, params object?[]? data)
        {
            if (id == (int)JsonRpc.TraceEvents.LocalInvocationError && data is [Exception exception, string method, RequestId { IsEmpty: true }, ..])
            {
                server.LogError($"editorial: {method} was not handled: {exception.Message}");
            }
        }

        // Every other trace is StreamJsonRpc's own, for its own debugging.
        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }
    }

    private void Send(IReadOnlyList<Lsp.PublishDiagnosticsParams> publications)
    {
        foreach (var publication in publications) _publications.Writer.TryWrite(publication);
    }
}
