using System.Net.Http.Headers;
using System.Text;

namespace Citations.Neo4j;

/// <summary>
/// Where the graph goes: a server address, a database and credentials. Bolt-style addresses are mapped
/// to the server's HTTP endpoint, since the loader speaks the HTTP Query API: <c>neo4j://host</c> and
/// <c>bolt://host[:7687]</c> to <c>http://host:7474</c>, <c>neo4j+s://</c> and <c>bolt+s://</c> to HTTPS
/// (port 443 for Aura's <c>*.databases.neo4j.io</c>, 7473 otherwise).
/// </summary>
/// <remarks>The password or token is kept for the Authorization header only: <see cref="ToString"/> and every
/// message leave it out.</remarks>
public sealed class Neo4jConnection
{
    public const string DefaultDatabase = "neo4j";
    public const string DefaultUser = "neo4j";

    private const int BoltPort = 7687;
    private const int HttpPort = 7474;
    private const int HttpsPort = 7473;
    private const string AuraDomain = ".databases.neo4j.io";

    private readonly string _secret;

    /// <summary>Basic authentication with a user name and password.</summary>
    /// <exception cref="Neo4jLoadException">The address cannot be mapped to HTTP (kind <see cref="Neo4jErrorKind.Configuration"/>).</exception>
    public Neo4jConnection(Uri uri, string user, string password, string database = DefaultDatabase)
        : this(uri, user, password, database, bearer: false)
    {
    }

    /// <inheritdoc cref="Neo4jConnection(Uri, string, string, string)"/>
    public Neo4jConnection(string uri, string user, string password, string database = DefaultDatabase)
        : this(ParseUri(uri), user, password, database)
    {
    }

    private Neo4jConnection(Uri uri, string? user, string secret, string database, bool bearer)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (!bearer)
        {
            ArgumentException.ThrowIfNullOrEmpty(user);
            if (user.Contains(':', StringComparison.Ordinal))
            {
                // Basic authentication joins user and password with ':'; a user name cannot carry one.
                throw new Neo4jLoadException(Neo4jErrorKind.Configuration, "The Neo4j user name cannot contain ':'.");
            }
        }

        if (uri.UserInfo.Length > 0)
        {
            // Refused rather than used: a password in a URI ends up in shell history, process lists and logs.
            throw new Neo4jLoadException(Neo4jErrorKind.Configuration,
                $"the Neo4j address {WithoutUserInfo(uri)} carries a user name or password before '@'; they are not used: give the user with --user and the password in NEO4J_PASSWORD.");
        }

        Uri = uri;
        BaseAddress = HttpBase(uri);
        User = bearer ? null : user;
        Database = database;
        _secret = secret;
        UsesBearerToken = bearer;
    }

    /// <summary>Bearer-token authentication (single sign-on setups, Aura with SSO).</summary>
    public static Neo4jConnection WithBearerToken(Uri uri, string token, string database = DefaultDatabase) =>
        new(uri, null, token, database, bearer: true);

    /// <summary>The address as given.</summary>
    public Uri Uri { get; }

    /// <summary>The HTTP(S) address the requests go to, ending in '/'.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The user for basic authentication; null with a bearer token.</summary>
    public string? User { get; }

    public string Database { get; }

    public bool UsesBearerToken { get; }

    /// <summary>The Query API endpoint of the database: <c>{base}/db/{database}/query/v2</c>.</summary>
    public Uri QueryEndpoint => new(BaseAddress, "db/" + Uri.EscapeDataString(Database) + "/query/v2");

    /// <summary>"http://localhost:7474/ database neo4j as neo4j"; never the password.</summary>
    public override string ToString() =>
        $"{BaseAddress} database {Database} " + (UsesBearerToken ? "with a bearer token" : $"as {User}");

    internal AuthenticationHeaderValue Authorization() => UsesBearerToken
        ? new AuthenticationHeaderValue("Bearer", _secret)
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(new UTF8Encoding(false).GetBytes(User + ":" + _secret)));

    /// <summary>An address fit to print: without what comes before '@' (a user name and password), whether it parses or not.</summary>
    public static string WithoutUserInfo(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = scheme < 0 ? 0 : scheme + 3;
        var authorityEnd = uri.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0) authorityEnd = uri.Length;
        var at = uri.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
        return at < 0 ? uri : uri[..authorityStart] + "…@" + uri[(at + 1)..];
    }

    private static string WithoutUserInfo(Uri uri) =>
        uri.UserInfo.Length == 0 ? uri.OriginalString : new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();

    private static Uri ParseUri(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed)
            ? parsed
            : throw new Neo4jLoadException(Neo4jErrorKind.Configuration, $"\"{WithoutUserInfo(uri)}\" is not an absolute URI such as http://localhost:7474 or neo4j+s://xxxx.databases.neo4j.io.");
    }

    private static Uri HttpBase(Uri uri)
    {
        var scheme = uri.Scheme.ToLowerInvariant();
        string httpScheme;
        int port;
        switch (scheme)
        {
            case "http":
            case "https":
                var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
                return new UriBuilder(uri) { Path = path, Query = "", Fragment = "" }.Uri;
            case "neo4j":
            case "bolt":
                httpScheme = "http";
                port = MapPort(uri, HttpPort);
                break;
            case "neo4j+s":
            case "bolt+s":
            case "neo4j+ssc":
            case "bolt+ssc":
                httpScheme = "https";
                port = MapPort(uri, uri.Host.EndsWith(AuraDomain, StringComparison.OrdinalIgnoreCase) ? 443 : HttpsPort);
                break;
            default:
                throw new Neo4jLoadException(Neo4jErrorKind.Configuration,
                    $"Cannot reach Neo4j at a {uri.Scheme}:// address: use http://, https://, neo4j://, neo4j+s://, bolt:// or bolt+s://.");
        }

        return new UriBuilder(httpScheme, uri.Host, port, "/").Uri;
    }

    /// <summary>The HTTP port for a Bolt address: the default when it names none or Bolt's own 7687.</summary>
    private static int MapPort(Uri uri, int httpPort)
    {
        if (uri.IsDefaultPort || uri.Port is < 0 or BoltPort)
        {
            return httpPort;
        }

        throw new Neo4jLoadException(Neo4jErrorKind.Configuration,
            $"{uri.Scheme}://{uri.Host}:{uri.Port} is a Bolt address on a custom port; the loader speaks HTTP: give the server's HTTP address instead (http://{uri.Host}:{HttpPort} by default).");
    }
}
