using System.Text.Json;
using System.Threading.Channels;
using Editorial.Diagnostics;
using Editorial.LanguageServer;
using Editorial.Rules;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Editorial.Cli.Tests.LanguageServer;

/// <summary>The protocol layer in process: method names, the initialize answer, notifications out, and the exit code the
/// protocol asks for (0 after shutdown, 1 without). The client is StreamJsonRpc over an in-memory pipe, framed as LSP.</summary>
public sealed class EditorialLanguageServerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly CliHarness _files = new();
    private readonly Channel<JsonElement> _published = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _registrations = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _logged = Channel.CreateUnbounded<JsonElement>();
    private readonly HoldingRule _holding = new();
    private readonly CountingStream _serverInput;
    private readonly CountingStream _clientOutput;
    private readonly Task<int> _server;
    private readonly JsonRpc _client;

    public EditorialLanguageServerTests()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _serverInput = new CountingStream(serverStream);
        _clientOutput = new CountingStream(clientStream);
        _server = Task.Run(() => EditorialLanguageServer.RunAsync(_serverInput, serverStream, new ServerOptions(Rules: [new KievRule(), new SharedKievRule(), _holding])));
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(_clientOutput, clientStream, formatter));
        _client.AddLocalRpcTarget(new Editor(_published.Writer, _registrations.Writer, _logged.Writer));
        _client.StartListening();
    }

    public void Dispose()
    {
        _client.Dispose();
        _files.Dispose();
    }

    private async Task<JsonElement> InitializeAsync(object? capabilities = null, string? rootUri = null)
    {
        rootUri ??= LspConversion.UriOfPath(_files.Root);
        var result = await _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = 1, rootUri, capabilities = capabilities ?? new { } }).WaitAsync(Timeout);
        await _client.NotifyWithParameterObjectAsync("initialized", new { });
        return result;
    }

    [Fact]
    public async Task Initialize_announces_utf16_positions_full_sync_and_the_code_action_kinds()
    {
        var result = await InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        capabilities.GetProperty("positionEncoding").GetString().ShouldBe("utf-16");
        capabilities.GetProperty("textDocumentSync").GetRawText().ShouldBe("""{"openClose":true,"change":2,"save":{"includeText":false}}""");
        capabilities.GetProperty("codeActionProvider").GetRawText().ShouldBe("""{"codeActionKinds":["quickfix","source.fixAll"]}""");
        result.GetProperty("serverInfo").GetProperty("name").GetString().ShouldBe("editorial");
    }

    [Fact]
    public async Task An_opened_document_gets_its_diagnostics_and_shutdown_then_exit_ends_with_0()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));

        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 7, text = "Talks in Kiev.\n" } });
        var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

        published.GetProperty("uri").GetString().ShouldBe(uri);
        published.GetProperty("version").GetInt32().ShouldBe(7);
        published.GetProperty("diagnostics").GetRawText().ShouldBe(
            """[{"range":{"start":{"line":0,"character":9},"end":{"line":0,"character":13}},"severity":2,"code":"EDT001","codeDescription":{"href":"https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT001.md"},"source":"editorial","message":"Use \u0027Kyiv\u0027, not \u0027Kiev\u0027"}]""");

        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);
        await _client.NotifyAsync("exit");
        (await _server.WaitAsync(Timeout)).ShouldBe(0);
    }

    [Fact]
    public async Task A_folder_and_article_named_as_vs_code_names_them_get_the_folders_configuration()
    {
        _files.Write(".editorconfig", "root = true\n\n[news desk/**]\neditorial.EDT001.severity = error\n");
        await InitializeAsync(rootUri: VsCodeUri(_files.Root));
        var uri = VsCodeUri(_files.PathOf("news desk/a.txt"));

        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

        published.GetProperty("uri").GetString().ShouldBe(uri);
        published.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("severity").GetInt32()))
            .ShouldBe([("EDT001", 1)]);
    }

    /// <summary>The URI VS Code sends for a path (vscode-uri's <c>toString()</c>): each segment percent-encoded, so a Windows
    /// drive letter comes in lower case with its colon as <c>%3A</c> (<c>file:///c%3A/Users/...</c>).</summary>
    private static string VsCodeUri(string path)
    {
        var segments = Path.GetFullPath(path).Replace('\\', '/').TrimStart('/').Split('/');
        if (OperatingSystem.IsWindows()) segments[0] = segments[0].ToLowerInvariant();
        return "file:///" + string.Join("/", segments.Select(Uri.EscapeDataString));
    }

    [Fact]
    public async Task A_client_that_watches_files_is_asked_to_and_a_changed_editorconfig_rechecks_the_open_articles()
    {
        await InitializeAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        var registration = await _registrations.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        registration.GetRawText().ShouldBe(
            """{"registrations":[{"id":"editorial-files","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/.editorconfig"},{"globPattern":"**/.globalconfig"},{"globPattern":"**/*.{yml,yaml}"},{"globPattern":"**/*.{txt,md,markdown,mdx,qmd,rmd,html,htm}"}]}}]}""");
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("diagnostics").GetArrayLength().ShouldBe(1);

        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = none\n");
        await _client.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles",
            new { changes = new[] { new { uri = LspConversion.UriOfPath(_files.PathOf(".editorconfig")), type = 2 } } });
        var republished = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        republished.GetProperty("uri").GetString().ShouldBe(uri);
        republished.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_configuration_problem_fixed_after_the_last_article_was_closed_is_cleared()
    {
        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = loud\n");
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        var editorConfig = LspConversion.UriOfPath(_files.PathOf(".editorconfig"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(editorConfig);
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);
        await _client.NotifyWithParameterObjectAsync("textDocument/didClose", new { textDocument = new { uri } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);

        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = error\n");
        await _client.NotifyWithParameterObjectAsync("textDocument/didSave", new { textDocument = new { uri = editorConfig } });

        var cleared = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        cleared.GetProperty("uri").GetString().ShouldBe(editorConfig);
        cleared.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_closed_articles_finding_never_points_to_a_place_the_open_article_has_moved_and_goes_when_it_closes()
    {
        _files.Write("b.txt", "Kiev again.\n");
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        var other = LspConversion.UriOfPath(_files.PathOf("b.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);
        var closed = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        closed.GetProperty("uri").GetString().ShouldBe(other);
        var pointsTo = closed.GetProperty("diagnostics")[0].GetProperty("relatedInformation")[0].GetProperty("location");
        pointsTo.GetProperty("uri").GetString().ShouldBe(uri);
        pointsTo.GetProperty("range").GetRawText().ShouldBe("""{"start":{"line":0,"character":9},"end":{"line":0,"character":13}}""");

        await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = "Headline\nTalks in Kiev.\n" } } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);
        var moved = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        moved.GetProperty("uri").GetString().ShouldBe(other);
        moved.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);

        await _client.NotifyWithParameterObjectAsync("textDocument/didSave", new { textDocument = new { uri } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("diagnostics").GetArrayLength().ShouldBe(1);
        await _client.NotifyWithParameterObjectAsync("textDocument/didClose", new { textDocument = new { uri } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("uri").GetString().ShouldBe(uri);
        var gone = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        gone.GetProperty("uri").GetString().ShouldBe(other);
        gone.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_client_that_cannot_watch_files_is_not_asked_to()
    {
        await InitializeAsync();
        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);
        _registrations.Reader.TryRead(out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Changes_that_come_in_during_a_check_are_checked_once_as_the_last_left_the_text()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Hold on in Kiev.\n" } });
        _holding.Entered.Wait(Timeout).ShouldBeTrue();

        // Three changes while the check of the opened text is held; each says Kiev once more.
        foreach (var (version, text) in new[] { (2, "Kiev.\n"), (3, "Kiev. Kiev.\n"), (4, "Kiev. Kiev. Kiev.\n") })
        {
            await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
                new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
        }
        await ServerHasReadAllSentAsync();
        _holding.Release.Set();

        var versions = new List<(int Version, int Findings)>();
        while (versions.Count == 0 || versions[^1].Version != 4)
        {
            var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
            versions.Add((published.GetProperty("version").GetInt32(), published.GetProperty("diagnostics").GetArrayLength()));
        }
        versions.ShouldBe([(1, 1), (4, 3)]);
    }

    [Fact]
    public async Task A_code_action_cancelled_while_it_waited_does_not_check_the_changes_queued_before_it()
    {
        // VS Code asks for the light bulb's code actions as the cursor moves and cancels the request when the text changes again.
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Hold on in Kiev.\n" } });
        _holding.Entered.Wait(Timeout).ShouldBeTrue();

        await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = "Kiev.\n" } } });
        using var cancellation = new CancellationTokenSource();
        var cancelled = _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        }, cancellation.Token);
        await cancellation.CancelAsync();
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new { textDocument = new { uri, version = 3 }, contentChanges = new[] { new { text = "Kiev. Kiev.\n" } } });
        await ServerHasReadAllSentAsync();
        _holding.Release.Set();

        var versions = new List<(int Version, int Findings)>();
        while (versions.Count == 0 || versions[^1].Version != 3)
        {
            var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
            versions.Add((published.GetProperty("version").GetInt32(), published.GetProperty("diagnostics").GetArrayLength()));
        }
        versions.ShouldBe([(1, 1), (3, 2)]);
        await Should.ThrowAsync<OperationCanceledException>(cancelled);
    }

    [Fact]
    public async Task A_code_action_asked_right_after_a_change_fixes_the_changed_text()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        await _client.NotifyWithParameterObjectAsync("textDocument/didChange",
            new { textDocument = new { uri, version = 2 }, contentChanges = new[] { new { text = "More talks in Kiev.\n" } } });

        var actions = await _client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 14 }, end = new { line = 0, character = 14 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } },
        }).WaitAsync(Timeout);

        actions.GetArrayLength().ShouldBe(1);
        actions[0].GetProperty("edit").GetProperty("changes").GetProperty(uri).GetRawText()
            .ShouldBe("""[{"range":{"start":{"line":0,"character":14},"end":{"line":0,"character":18}},"newText":"Kyiv"}]""");
    }

    [Fact]
    public async Task A_change_with_a_range_edits_that_range_even_past_the_end_of_the_document()
    {
        // The server asks for ranges (incremental sync): each applies to the text the one before it left.
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kyiv.\r\nMore later.\n" } });
        await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

        await _client.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = new { start = new { line = 0, character = 9 }, end = new { line = 0, character = 13 } }, text = "Kiev" },
                // A character past the end of its line is the line's end; a line past the last is the end of the text.
                new { range = new { start = new { line = 1, character = 40 }, end = new { line = 1, character = 40 } }, text = " From Kiev." },
                new { range = new { start = new { line = 7, character = 3 }, end = new { line = 9, character = 0 } }, text = "Kiev, again.\n" },
            },
        });
        var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

        published.GetProperty("version").GetInt32().ShouldBe(2);
        published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("range").GetRawText()).ShouldBe([
            """{"start":{"line":0,"character":9},"end":{"line":0,"character":13}}""",
            """{"start":{"line":1,"character":17},"end":{"line":1,"character":21}}""",
            """{"start":{"line":2,"character":0},"end":{"line":2,"character":4}}""",
        ]);
    }

    /// <summary>Waits until the server has read every byte the client sent, then a moment for it to queue the last message.</summary>
    private async Task ServerHasReadAllSentAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (_serverInput.BytesRead < _clientOutput.BytesWritten && DateTime.UtcNow < deadline) await Task.Delay(10);
        _serverInput.BytesRead.ShouldBe(_clientOutput.BytesWritten);
        await Task.Delay(200);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{""")]
    [InlineData("""[{"jsonrpc":"2.0","method":"initialized","params":{}}]""")]
    [InlineData("""{"jsonrpc":"2.0","id":6}""")]
    [InlineData("Talks in Kiev.")]
    public async Task A_message_that_is_not_json_rpc_is_skipped_and_the_next_one_served(string body)
    {
        await InitializeAsync();
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        await _clientOutput.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n").Concat(bytes).ToArray());
        await _clientOutput.FlushAsync();
        var logged = await _logged.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        logged.GetProperty("type").GetInt32().ShouldBe(1);
        logged.GetProperty("message").GetString()!.ShouldStartWith("editorial: skipped a message that is not a JSON-RPC message: ");

        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("diagnostics").GetArrayLength().ShouldBe(1);
        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);
        await _client.NotifyAsync("exit");
        (await _server.WaitAsync(Timeout)).ShouldBe(0);
    }

    [Fact]
    public async Task A_notification_the_server_cannot_read_is_told_to_the_clients_log()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        // A lone high surrogate (\ud800, escaped in the JSON), which no .NET string reader takes.
        var body = System.Text.Encoding.UTF8.GetBytes(
            """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","languageId":"plaintext","version":1,"text":"Talks in \ud800 Kiev."}}}""".Replace("URI", uri));
        await _clientOutput.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray());
        await _clientOutput.FlushAsync();

        var logged = await _logged.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        logged.GetProperty("type").GetInt32().ShouldBe(1);
        logged.GetProperty("message").GetString()!.ShouldStartWith(
            "editorial: textDocument/didOpen was not handled: The JSON value could not be converted to Editorial.LanguageServer.Lsp+TextDocumentItem. Path: $.textDocument.text");
    }

    [Fact]
    public async Task Before_initialize_a_request_is_refused_as_not_initialized_a_notification_dropped_and_initialize_comes_once()
    {
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        var refused = await Should.ThrowAsync<RemoteInvocationException>(_client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction",
            CodeActionAt(uri, 0, 0)).WaitAsync(Timeout));
        refused.ErrorCode.ShouldBe(-32002);
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });

        await InitializeAsync();
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 2, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("version").GetInt32().ShouldBe(2);
        var again = await Should.ThrowAsync<RemoteInvocationException>(_client.InvokeWithParameterObjectAsync<JsonElement>("initialize",
            new { processId = 1, rootUri = LspConversion.UriOfPath(_files.Root), capabilities = new { } }).WaitAsync(Timeout));
        again.ErrorCode.ShouldBe((int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidRequest);
    }

    [Fact]
    public async Task After_shutdown_a_request_is_invalid_a_notification_dropped_and_exit_ends_with_0()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);

        var refused = await Should.ThrowAsync<RemoteInvocationException>(_client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/codeAction",
            CodeActionAt(uri, 0, 0)).WaitAsync(Timeout));
        refused.ErrorCode.ShouldBe((int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidRequest);
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        await _client.NotifyAsync("exit");

        (await _server.WaitAsync(Timeout)).ShouldBe(0);
        _published.Reader.TryRead(out _).ShouldBeFalse();
    }

    private static object CodeActionAt(string uri, int line, int character) => new
    {
        textDocument = new { uri },
        range = new { start = new { line, character }, end = new { line, character } },
        context = new { diagnostics = Array.Empty<object>() },
    };

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await InitializeAsync();

        await _client.NotifyAsync("exit");

        (await _server.WaitAsync(Timeout)).ShouldBe(1);
    }

    /// <summary>The client side of the notifications and requests the server sends.</summary>
    private sealed class Editor(ChannelWriter<JsonElement> published, ChannelWriter<JsonElement> registrations, ChannelWriter<JsonElement> logged)
    {
        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement parameters) => logged.TryWrite(parameters);

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => published.TryWrite(parameters);

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(JsonElement parameters)
        {
            registrations.TryWrite(parameters);
            return null;
        }
    }

    /// <summary>Holds the check of any article that says "Hold" until the test releases it, reporting nothing: the check
    /// that changes queue behind.</summary>
    private sealed class HoldingRule : ArticleRule
    {
        public ManualResetEventSlim Entered { get; } = new();
        public ManualResetEventSlim Release { get; } = new();

        private static readonly DiagnosticDescriptor Descriptor = new(
            "EDT009", "Test hold", "Never reported", RuleCategory.Spelling, Severity.Suggestion,
            "A rule for the language server's tests: holds a check until released.");

        // A rule with no descriptor is not run.
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

        public override void Analyze(ArticleContext context)
        {
            if (!context.Article.Tokens.Any(token => token.IsWord && token.Text == "Hold")) return;
            Entered.Set();
            Release.Wait(Timeout);
        }
    }

    /// <summary>A stream that counts the bytes read from it and written to it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _read;
        private long _written;

        public long BytesRead => Interlocked.Read(ref _read);
        public long BytesWritten => Interlocked.Read(ref _written);

        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => false;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => Counted(ref _read, inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(ref _read, await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Counted(ref _written, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            Counted(ref _written, buffer.Length);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private static int Counted(ref long total, int count)
        {
            Interlocked.Add(ref total, count);
            return count;
        }
    }
}
