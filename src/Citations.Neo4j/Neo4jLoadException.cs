namespace Citations.Neo4j;

/// <summary>What went wrong, in the terms a user acts on; the CLI picks its message and exit code from it.</summary>
public enum Neo4jErrorKind
{
    /// <summary>The server refused the credentials (<c>Neo.ClientError.Security.Unauthorized</c>, HTTP 401).</summary>
    Authentication,
    /// <summary>The user may not do this (<c>Neo.ClientError.Security.Forbidden</c> and other security errors).</summary>
    Forbidden,
    /// <summary>No database of that name (<c>Neo.ClientError.Database.DatabaseNotFound</c>).</summary>
    DatabaseNotFound,
    /// <summary>A schema constraint refused the data or could not be created (<c>Neo.ClientError.Schema.*</c>).</summary>
    Constraint,
    /// <summary>The server could not parse a statement (<c>Neo.ClientError.Statement.SyntaxError</c>).</summary>
    Syntax,
    /// <summary>Any other error the server reported for a statement (client or database error).</summary>
    Statement,
    /// <summary>A transient error (<c>Neo.TransientError.*</c>, HTTP 503, a dropped connection) that outlasted the retries.</summary>
    Transient,
    /// <summary>No connection: refused, unknown host, network unreachable.</summary>
    Unreachable,
    /// <summary>The TLS handshake failed (certificate not trusted, wrong protocol on the port).</summary>
    Tls,
    /// <summary>No reply within the request timeout.</summary>
    Timeout,
    /// <summary>The server answers but not as the Query API does (Neo4j before 5.19, the module disabled, a proxy).</summary>
    Protocol,
    /// <summary>The connection settings are unusable (a URI scheme the loader cannot map to HTTP).</summary>
    Configuration,
}

/// <summary>
/// The one exception Citations.Neo4j throws. Its message is one line that names the Neo4j error code and
/// HTTP status when there are some; it never contains the password or token.
/// </summary>
public class Neo4jLoadException : Citations.Core.CitationsException
{
    public Neo4jLoadException(Neo4jErrorKind kind, string message, string? code = null, int? httpStatus = null, int attempts = 1, Exception? inner = null)
        : base(message, inner: inner, kind: kind == Neo4jErrorKind.Configuration ? Citations.Core.CitationsErrorKind.Usage : Citations.Core.CitationsErrorKind.Neo4j)
    {
        Kind = kind;
        Code = code;
        HttpStatus = httpStatus;
        Attempts = attempts;
    }

    public Neo4jErrorKind Kind { get; }

    /// <summary>The Neo4j status code (<c>Neo.ClientError.Security.Unauthorized</c>, …), or null when the server gave none.</summary>
    public string? Code { get; }

    /// <summary>The HTTP status of the reply, or null when there was no reply.</summary>
    public int? HttpStatus { get; }

    /// <summary>How many times the request was sent (more than one when transient errors were retried).</summary>
    public int Attempts { get; }

    /// <summary>Whether retrying later may succeed (the error was transient, a timeout, or no connection).</summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Timeout or Neo4jErrorKind.Unreachable;
}
