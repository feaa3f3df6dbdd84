using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j.Tests;

/// <summary>A request as the fake server received it.</summary>
internal sealed record RecordedRequest(int Index, string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JObject? Json => Body.Length == 0 ? null : JObject.Parse(Body);

    public string? Statement => (string?)Json?["statement"];

    public JArray? Rows => Json?["parameters"]?["rows"] as JArray;

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}

/// <summary>What the fake server does instead of answering normally.</summary>
internal sealed record FakeReply
{
    public int Status { get; init; } = 202;
    public string? Body { get; init; }
    public TimeSpan Delay { get; init; }
    /// <summary>Close the connection without a reply.</summary>
    public bool Drop { get; init; }
    /// <summary>With <see cref="Drop"/>: run the statement first, as a server whose commit went through just before the
    /// connection failed.</summary>
    public bool ApplyFirst { get; init; }
    /// <summary>Answer normally after <see cref="Delay"/>.</summary>
    public bool Normal { get; init; }

    public static FakeReply Error(int status, string code, string message) =>
        new() { Status = status, Body = new JObject { ["errors"] = new JArray(new JObject { ["code"] = code, ["message"] = message }) }.ToString(Formatting.None) };

    public static FakeReply Plain(int status, string body = "") => new() { Status = status, Body = body };

    public static FakeReply Dropped(bool applyFirst) => new() { Drop = true, ApplyFirst = applyFirst };

    public static FakeReply Slow(TimeSpan delay) => new() { Delay = delay, Normal = true };
}

/// <summary>
/// A loopback HTTP/1.1 server that answers as Neo4j's Query API does (discovery at <c>/</c>, statements at
/// <c>/db/{name}/query/v2</c>, 202 with counters, errors as <c>{"errors": [{code, message}]}</c>) and keeps a tiny
/// in-memory graph that the loader's statements change, so a test can compare the state after two loads.
/// It is written on a TcpListener rather than HttpListener so that it can drop a connection without a reply
/// (HttpListener's Abort still sends one); each connection carries one request (the replies say Connection: close).
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly TcpListener _listener;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Task> _connections = [];
    private readonly string _user;
    private readonly string _password;
    private int _count;

    public FakeNeo4jServer(string user = "neo4j", string password = "s3cret-Pa55", params string[] databases)
    {
        _user = user;
        _password = password;
        Databases = databases.Length > 0 ? [.. databases] : ["neo4j"];
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptAsync);
    }

    public Uri Address { get; }

    public string User => _user;

    public string Password => _password;

    public ImmutableHashSet<string> Databases { get; }

    public FakeGraph Graph { get; } = new();

    public string Version { get; init; } = "5.26.0";

    public string Edition { get; init; } = "community";

    /// <summary>Decides, per request, to answer otherwise than normally (null: normally).</summary>
    public Func<RecordedRequest, FakeReply?>? Intercept { get; set; }

    public ImmutableArray<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests.OrderBy(r => r.Index)];
            }
        }
    }

    /// <summary>The statements the server received, in order (retries included).</summary>
    public ImmutableArray<string> Statements => [.. Requests.Where(r => r.Method == "POST").Select(r => r.Statement!)];

    /// <summary>An address where nothing listens: a port that was free a moment ago.</summary>
    public static Uri ClosedAddress()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(Task.Run(() => HandleAsync(socket)));
            }
        }
    }

    private async Task HandleAsync(Socket socket)
    {
        using var _ = socket;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            var request = await ReadRequestAsync(stream);
            if (request is null)
            {
                // Not HTTP (a TLS ClientHello): answer as a plain HTTP server does.
                await stream.WriteAsync(Utf8.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), _stop.Token);
                return;
            }

            lock (_requests)
            {
                _requests.Add(request);
            }

            var special = Intercept?.Invoke(request);
            if (special is not null)
            {
                if (special.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(special.Delay, _stop.Token);
                }

                if (special.Drop)
                {
                    if (special.ApplyFirst)
                    {
                        Answer(request);
                    }

                    // A reset, as when a server or a proxy between dies mid-request.
                    socket.LingerState = new LingerOption(true, 0);
                    return;
                }

                if (!special.Normal)
                {
                    await WriteAsync(stream, special.Status, special.Body ?? "");
                    return;
                }
            }

            var (status, reply) = Answer(request);
            await WriteAsync(stream, status, reply);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (a timeout test) or the server is stopping.
        }
    }

    /// <summary>Reads one request: request line, headers, and a body by Content-Length or chunked; null when not HTTP.</summary>
    private async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                throw new IOException("the client closed the connection before sending a request");
            }

            if (buffer.Count == 0 && one[0] == 0x16)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => (Name: l[..l.IndexOf(':', StringComparison.Ordinal)].Trim().ToLowerInvariant(), Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(h => h.Name)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)));
        byte[] body;
        if (headers.TryGetValue("content-length", out var length))
        {
            body = new byte[int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)];
            await stream.ReadExactlyAsync(body, _stop.Token);
        }
        else if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var chunks = new MemoryStream();
            while (true)
            {
                var sizeLine = await ReadLineAsync(stream);
                var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
                if (size == 0)
                {
                    while ((await ReadLineAsync(stream)).Length > 0)
                    {
                    }

                    break;
                }

                var chunk = new byte[size];
                await stream.ReadExactlyAsync(chunk, _stop.Token);
                chunks.Write(chunk);
                await ReadLineAsync(stream);
            }

            body = chunks.ToArray();
        }
        else
        {
            body = [];
        }

        var path = requestLine[1];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return new RecordedRequest(Interlocked.Increment(ref _count) - 1, requestLine[0], query < 0 ? path : path[..query], headers, Utf8.GetString(body));
    }

    private async Task<string> ReadLineAsync(NetworkStream stream)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (line.Count < 2 || line[^2] != '\r' || line[^1] != '\n')
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                throw new IOException("the client closed the connection mid-body");
            }

            line.Add(one[0]);
        }

        return Encoding.ASCII.GetString(line.ToArray(), 0, line.Count - 2);
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';

    private async Task WriteAsync(NetworkStream stream, int status, string body)
    {
        var bytes = Utf8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {ReasonPhrase(status)}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        await stream.WriteAsync(bytes, _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }

    private static string ReasonPhrase(int status) => status switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        415 => "Unsupported Media Type",
        503 => "Service Unavailable",
        _ => "Status",
    };
    private (int Status, string Body) Answer(RecordedRequest request)
    {
        if (request.Method == "GET" && request.Path == "/")
        {
            var root = Address.ToString().TrimEnd('/');
            return (200, new JObject
            {
                ["bolt_routing"] = "neo4j://127.0.0.1:7687",
                ["query"] = root + "/db/{databaseName}/query/v2",
                ["transaction"] = root + "/db/{databaseName}/tx",
                ["bolt_direct"] = "bolt://127.0.0.1:7687",
                ["neo4j_version"] = Version,
                ["neo4j_edition"] = Edition,
            }.ToString(Formatting.None));
        }

        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (request.Method != "POST" || parts.Length != 4 || parts[0] != "db" || parts[2] != "query" || parts[3] != "v2")
        {
            return (404, "");
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_user + ":" + _password));
        if (request.Header("Authorization") != expected)
        {
            return (401, Errors("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        }

        var database = Uri.UnescapeDataString(parts[1]);
        if (!Databases.Contains(database))
        {
            return (404, Errors("Neo.ClientError.Database.DatabaseNotFound", $"Graph not found: {database}"));
        }

        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return (415, "");
        }

        var json = request.Json!;
        var outcome = Graph.Execute((string)json["statement"]!, json["parameters"] as JObject ?? []);
        if (outcome.ErrorCode is { } code)
        {
            return (code == "Neo.ClientError.Statement.SyntaxError" ? 400 : 202, Errors(code, outcome.ErrorMessage!));
        }

        var reply = new JObject
        {
            ["data"] = new JObject { ["fields"] = new JArray(outcome.Fields), ["values"] = outcome.Values },
            ["counters"] = outcome.Counters,
            ["bookmarks"] = new JArray("FB:fake-" + Graph.Version),
        };
        return (202, reply.ToString(Formatting.None));
    }

    private static string Errors(string code, string message) =>
        new JObject { ["errors"] = new JArray(new JObject { ["code"] = code, ["message"] = message }) }.ToString(Formatting.None);
}
