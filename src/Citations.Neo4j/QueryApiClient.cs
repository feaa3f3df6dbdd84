using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j;

/// <summary>
/// A client of Neo4j's HTTP Query API (<c>POST {base}/db/{database}/query/v2</c>, Neo4j 5.19 and later, Aura).
/// Every statement is its own transaction; values travel as parameters only. A reply is a success only when it
/// carries no <c>errors</c>, whatever its status (the Query API answers 202 to failed statements too).
/// Transient errors (<c>Neo.TransientError.*</c>, HTTP 502/503/504, a connection dropped mid-request) are retried
/// with exponential backoff, bounded in count and in time.
/// </summary>
public sealed partial class QueryApiClient : ICypherRunner, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Neo4jConnection _connection;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly QueryApiOptions _options;
    private readonly Lock _bookmarkLock = new();
    private ImmutableArray<string> _bookmarks = [];

    /// <param name="connection">Where to and as whom.</param>
    /// <param name="httpClient">An HttpClient to send with (its handler decides proxies and certificates); when null
    /// the client makes its own and disposes it. Its own <see cref="HttpClient.Timeout"/> still applies.</param>
    /// <param name="options">Timeouts and retries; <see cref="QueryApiOptions.Default"/> when null.</param>
    public QueryApiClient(Neo4jConnection connection, HttpClient? httpClient = null, QueryApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _options = options ?? QueryApiOptions.Default;
        _options.Validate();
        _connection = connection;
        if (httpClient is null)
        {
            _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                // The per-request timeout of the options is the one that applies.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _ownsHttp = true;
        }
        else
        {
            _http = httpClient;
        }
    }

    public Neo4jConnection Connection => _connection;

    public QueryApiOptions Options => _options;

    /// <summary>
    /// Reads the discovery document (<c>GET {base}/</c>: version and edition), then runs <c>RETURN 1</c> in the
    /// database, which proves the Query API is there, the credentials hold and the database exists.
    /// </summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        JObject? discovery;
        try
        {
            discovery = await SendAsync(
                () => new HttpRequestMessage(HttpMethod.Get, _connection.BaseAddress),
                "reading the server's discovery document", authenticate: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jLoadException e) when (e.Kind == Neo4jErrorKind.Protocol)
        {
            // A proxy may pass only /db/…; the query below still tells whether the database answers.
            discovery = null;
        }

        var info = new ServerInfo(
            _connection.BaseAddress,
            discovery?["neo4j_version"]?.Type == JTokenType.String ? (string?)discovery["neo4j_version"] : null,
            discovery?["neo4j_edition"]?.Type == JTokenType.String ? (string?)discovery["neo4j_edition"] : null);
        try
        {
            await RunAsync("RETURN 1 AS ok", null, "checking the database", readOnly: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jLoadException e) when (e.Kind == Neo4jErrorKind.Protocol && e.HttpStatus == (int)HttpStatusCode.NotFound)
        {
            throw new Neo4jLoadException(Neo4jErrorKind.Protocol,
                $"{info} has no Query API at {_connection.QueryEndpoint}: it needs Neo4j 5.19 or later "
                + "(on 5.19 to 5.24 add QUERY_API_ENDPOINTS to server.http_enabled_modules) [HTTP 404]",
                e.Code, e.HttpStatus, e.Attempts, e);
        }

        return info;
    }

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(statement, parameters, "running a statement", readOnly: false, cancellationToken);

    internal async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, string operation, bool readOnly, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ImmutableArray<string> bookmarks;
        lock (_bookmarkLock)
        {
            bookmarks = _bookmarks;
        }

        var reply = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, _connection.QueryEndpoint)
            {
                Content = new JsonBody((writer, ct) => WriteRequestAsync(writer, statement, parameters, bookmarks, readOnly, ct)),
            },
            operation, authenticate: true, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            throw new Neo4jLoadException(Neo4jErrorKind.Protocol, $"{Where} answered {operation} with a reply that is not JSON");
        }

        var result = QueryResult.From(reply);
        if (!result.Bookmarks.IsDefaultOrEmpty)
        {
            // Later statements wait for this one's transaction: in a cluster a relationship batch then finds
            // the nodes an earlier batch created, whichever member serves it.
            lock (_bookmarkLock)
            {
                _bookmarks = result.Bookmarks;
            }
        }

        return result;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private string Where => _connection.BaseAddress.ToString();

    /// <summary>
    /// Sends a request (a new message each attempt) until it succeeds, fails for good, or the retries run out.
    /// Returns the reply's JSON object, or null when a successful reply is not a JSON object.
    /// </summary>
    private async Task<JObject?> SendAsync(Func<HttpRequestMessage> create, string operation, bool authenticate, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            Neo4jLoadException failure;
            bool retry;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.RequestTimeout);
                try
                {
                    using var request = create();
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    request.Headers.UserAgent.Add(new ProductInfoHeaderValue("citations", "0.1"));
                    if (authenticate)
                    {
                        request.Headers.Authorization = _connection.Authorization();
                    }

                    // Headers first: the body is read through a cap, never buffered whole by HttpClient.
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    var reply = await ReadJsonAsync(response, _options.MaxReplyBytes, timeout.Token).ConfigureAwait(false);
                    (failure, retry) = Interpret((int)response.StatusCode, reply, operation, attempt) is { } outcome
                        ? outcome
                        : (null!, false);
                    if (failure is null)
                    {
                        return reply;
                    }
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    // Not retried: a statement that outlasted the timeout once will likely do so again.
                    var seconds = _options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                    throw new Neo4jLoadException(Neo4jErrorKind.Timeout,
                        $"{Where} did not answer {operation} within {seconds} s (the request timeout)", attempts: attempt, inner: e);
                }
                catch (ReplyTooLargeException e)
                {
                    throw new Neo4jLoadException(Neo4jErrorKind.Protocol,
                        string.Create(CultureInfo.InvariantCulture, $"{Where} answered {operation} with more than {_options.MaxReplyBytes:N0} bytes; the Query API's replies to the loader are small, so this is not one"),
                        attempts: attempt, inner: e);
                }
                catch (HttpRequestException e)
                {
                    (failure, retry) = Classify(e, operation, attempt);
                }
                catch (IOException e)
                {
                    (failure, retry) = (new Neo4jLoadException(Neo4jErrorKind.Transient,
                        $"the connection to {Where} was lost while {operation}: {OneLine(e.Message)}", attempts: attempt, inner: e), true);
                }
            }

            if (!retry || attempt >= _options.MaxAttempts)
            {
                throw retry ? GaveUp(failure, attempt) : failure;
            }

            var delay = _options.Backoff(attempt);
            if (clock.Elapsed + delay > _options.MaxRetryTime)
            {
                throw GaveUp(failure, attempt);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Neo4jLoadException GaveUp(Neo4jLoadException last, int attempts) =>
        new(last.Kind, last.Message + $" (gave up after {attempts} attempt{(attempts == 1 ? "" : "s")})", last.Code, last.HttpStatus, attempts, last.InnerException);

    private static async Task<JObject?> ReadJsonAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new ReplyTooLargeException();
        }

        var stream = new CappedStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), maxBytes);
        await using (stream.ConfigureAwait(false))
        {
            using var text = new StreamReader(stream, Utf8);
            using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            try
            {
                return await JToken.ReadFromAsync(json, cancellationToken).ConfigureAwait(false) as JObject;
            }
            catch (JsonReaderException)
            {
                // An HTML error page from a proxy, an empty body: the status says what happened.
                return null;
            }
        }
    }

    /// <summary>Null for a success; otherwise the failure and whether it is worth retrying.</summary>
    private (Neo4jLoadException Failure, bool Retry)? Interpret(int status, JObject? reply, string operation, int attempt)
    {
        if (reply?["errors"] is JArray { Count: > 0 } errors)
        {
            var first = errors[0] as JObject;
            var code = first?["code"]?.Type == JTokenType.String ? (string)first["code"]! : null;
            var message = first?["message"]?.Type == JTokenType.String ? (string)first["message"]! : "";
            return FromServerError(code, message, status, operation, attempt);
        }

        if (status is >= 200 and < 300)
        {
            return null;
        }

        var tag = $"[HTTP {status}]";
        return status switch
        {
            401 => (Failure(Neo4jErrorKind.Authentication, $"{Where} refused the credentials {Who} {tag}", null, status, attempt), false),
            403 => (Failure(Neo4jErrorKind.Forbidden, $"{Where} forbade {operation} {Who} {tag}", null, status, attempt), false),
            404 => (Failure(Neo4jErrorKind.Protocol, $"{Where} has nothing at the address used for {operation} {tag}", null, status, attempt), false),
            429 or 502 or 503 or 504 => (Failure(Neo4jErrorKind.Transient, $"{Where} is unavailable ({StatusText(status)}) while {operation} {tag}", null, status, attempt), true),
            _ => (Failure(Neo4jErrorKind.Protocol, $"{Where} answered {operation} with an unexpected {StatusText(status)} {tag}", null, status, attempt), false),
        };
    }

    private (Neo4jLoadException, bool) FromServerError(string? code, string message, int status, string operation, int attempt)
    {
        var said = message.Length > 0 ? ": " + OneLine(message) : "";
        var tag = $"[{code ?? "no error code"}, HTTP {status}]";
        code ??= "";
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            && code is not "Neo.TransientError.Transaction.Terminated" and not "Neo.TransientError.Transaction.LockClientStopped")
        {
            return (Failure(Neo4jErrorKind.Transient, $"Neo4j reported a transient error while {operation}{said} {tag}", code, status, attempt), true);
        }

        var (kind, text) = code switch
        {
            "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" or "Neo.ClientError.Security.CredentialsExpired"
                => (Neo4jErrorKind.Authentication, $"{Where} refused the credentials {Who}{said}"),
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)
                => (Neo4jErrorKind.Forbidden, $"{Where} forbade {operation} {Who}{said}"),
            "Neo.ClientError.Database.DatabaseNotFound"
                => (Neo4jErrorKind.DatabaseNotFound, $"{Where} has no database \"{_connection.Database}\"{said}"),
            _ when code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal)
                => (Neo4jErrorKind.Constraint, $"a schema constraint refused {operation}{said}"),
            "Neo.ClientError.Statement.SyntaxError"
                => (Neo4jErrorKind.Syntax, $"Neo4j could not parse the statement for {operation}{said}"),
            _ => (Neo4jErrorKind.Statement, $"Neo4j reported an error while {operation}{said}"),
        };
        return (Failure(kind, $"{text} {tag}", code.Length > 0 ? code : null, status, attempt), false);
    }

    private string Who => _connection.User is { } user ? $"for user \"{user}\"" : "for the bearer token";

    // Messages hold the server's words as they were: the password is never put into one, so nothing is taken out.
    private static Neo4jLoadException Failure(Neo4jErrorKind kind, string message, string? code, int status, int attempt) =>
        new(kind, message, code, status, attempt);

    private (Neo4jLoadException, bool) Classify(HttpRequestException e, string operation, int attempt)
    {
        var socket = Inner<SocketException>(e);
        Neo4jLoadException Make(Neo4jErrorKind kind, string message) => new(kind, message, attempts: attempt, inner: e);
        switch (e.HttpRequestError)
        {
            case HttpRequestError.NameResolutionError:
                return (Make(Neo4jErrorKind.Unreachable, $"cannot connect to Neo4j at {Where}: the host name \"{_connection.BaseAddress.Host}\" could not be resolved"), false);
            case HttpRequestError.SecureConnectionError:
                var tls = Inner<AuthenticationException>(e)?.Message ?? e.Message;
                return (Make(Neo4jErrorKind.Tls, $"the TLS handshake with {Where} failed: {OneLine(tls)}"), false);
            case HttpRequestError.ConnectionError when socket?.SocketErrorCode is SocketError.ConnectionRefused:
                return (Make(Neo4jErrorKind.Unreachable, $"cannot connect to Neo4j at {Where}: connection refused (is the server running and listening for HTTP there?)"), false);
            case HttpRequestError.ConnectionError when socket?.SocketErrorCode is SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostNotFound or SocketError.TimedOut:
                return (Make(Neo4jErrorKind.Unreachable, $"cannot connect to Neo4j at {Where}: {OneLine(socket.Message)}"), false);
            case HttpRequestError.ResponseEnded:
            case HttpRequestError.ConnectionError:
            case HttpRequestError.Unknown when Inner<IOException>(e) is not null:
                return (Make(Neo4jErrorKind.Transient, $"the connection to {Where} was lost while {operation}: {OneLine((socket ?? (Exception?)Inner<IOException>(e) ?? e).Message)}"), true);
            default:
                return (Make(Neo4jErrorKind.Protocol, $"{Where} did not answer {operation} as an HTTP server should: {OneLine(e.Message)}"), false);
        }
    }

    private static T? Inner<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string StatusText(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? $"{status} {(HttpStatusCode)status}" : status.ToString(CultureInfo.InvariantCulture);

    /// <summary>A server message on one line (syntax errors come with a caret line), cut to a readable length.</summary>
    internal static string OneLine(string message)
    {
        var line = Whitespace().Replace(message, " ").Trim();
        return line.Length <= 400 ? line : line[..400] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static async Task WriteRequestAsync(JsonWriter writer, string statement, IReadOnlyDictionary<string, object?>? parameters, ImmutableArray<string> bookmarks, bool readOnly, CancellationToken cancellationToken)
    {
        await writer.WriteStartObjectAsync(cancellationToken).ConfigureAwait(false);
        await writer.WritePropertyNameAsync("statement", cancellationToken).ConfigureAwait(false);
        await writer.WriteValueAsync(statement, cancellationToken).ConfigureAwait(false);
        await writer.WritePropertyNameAsync("parameters", cancellationToken).ConfigureAwait(false);
        await WriteValueAsync(writer, parameters ?? ImmutableDictionary<string, object?>.Empty, cancellationToken).ConfigureAwait(false);
        await writer.WritePropertyNameAsync("includeCounters", cancellationToken).ConfigureAwait(false);
        await writer.WriteValueAsync(true, cancellationToken).ConfigureAwait(false);
        if (readOnly)
        {
            await writer.WritePropertyNameAsync("accessMode", cancellationToken).ConfigureAwait(false);
            await writer.WriteValueAsync("READ", cancellationToken).ConfigureAwait(false);
        }

        if (!bookmarks.IsDefaultOrEmpty)
        {
            await writer.WritePropertyNameAsync("bookmarks", cancellationToken).ConfigureAwait(false);
            await WriteValueAsync(writer, bookmarks, cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteEndObjectAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a parameter value as JSON; Cypher types map one to one (an integral value is an Integer, a
    /// <c>double</c> a Float even when whole: 1.0).</summary>
    internal static async Task WriteValueAsync(JsonWriter writer, object? value, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case null: await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false); break;
            case string s: await writer.WriteValueAsync(s, cancellationToken).ConfigureAwait(false); break;
            case bool b: await writer.WriteValueAsync(b, cancellationToken).ConfigureAwait(false); break;
            case int i: await writer.WriteValueAsync(i, cancellationToken).ConfigureAwait(false); break;
            case long l: await writer.WriteValueAsync(l, cancellationToken).ConfigureAwait(false); break;
            case short or byte or sbyte or ushort or uint:
                await writer.WriteValueAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                break;
            case double d when double.IsFinite(d): await writer.WriteValueAsync(d, cancellationToken).ConfigureAwait(false); break;
            case float f when float.IsFinite(f): await writer.WriteValueAsync((double)f, cancellationToken).ConfigureAwait(false); break;
            case IReadOnlyDictionary<string, object?> map:
                await writer.WriteStartObjectAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (key, item) in map)
                {
                    await writer.WritePropertyNameAsync(key, cancellationToken).ConfigureAwait(false);
                    await WriteValueAsync(writer, item, cancellationToken).ConfigureAwait(false);
                }

                await writer.WriteEndObjectAsync(cancellationToken).ConfigureAwait(false);
                break;
            case IEnumerable list:
                await writer.WriteStartArrayAsync(cancellationToken).ConfigureAwait(false);
                foreach (var item in list)
                {
                    await WriteValueAsync(writer, item, cancellationToken).ConfigureAwait(false);
                }

                await writer.WriteEndArrayAsync(cancellationToken).ConfigureAwait(false);
                break;
            case double or float:
                throw new ArgumentException("a parameter value is not a finite number; JSON has no form for it");
            default:
                throw new ArgumentException($"a parameter value of type {value.GetType().Name} has no Cypher type");
        }
    }

    /// <summary>A request body written straight to the connection's stream.</summary>
    private sealed class JsonBody : HttpContent
    {
        private readonly Func<JsonWriter, CancellationToken, Task> _write;

        public JsonBody(Func<JsonWriter, CancellationToken, Task> write)
        {
            _write = write;
            Headers.ContentType = JsonMediaType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            var text = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
            await using (text.ConfigureAwait(false))
            {
                var json = new JsonTextWriter(text) { CloseOutput = false, Formatting = Formatting.None };
                await _write(json, cancellationToken).ConfigureAwait(false);
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                await json.CloseAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

/// <summary>A reply that went past <see cref="QueryApiOptions.MaxReplyBytes"/>.</summary>
internal sealed class ReplyTooLargeException : IOException;

/// <summary>Reads through to a stream until <c>maxBytes</c> have come, then fails instead of reading on.</summary>
internal sealed class CappedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes ? throw new ReplyTooLargeException() : read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
