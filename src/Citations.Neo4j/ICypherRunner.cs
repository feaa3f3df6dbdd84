namespace Citations.Neo4j;

/// <summary>
/// Runs one Cypher statement with parameters, each in its own transaction. <see cref="QueryApiClient"/> speaks
/// the HTTP Query API; a Bolt implementation can stand beside it when a registry serves Neo4j.Driver.
/// </summary>
public interface ICypherRunner
{
    /// <summary>Checks that the server answers, the credentials hold and the database exists; reports the server.</summary>
    /// <exception cref="Neo4jLoadException">It does not.</exception>
    Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs a statement. Parameter values: <c>string</c>, integers, finite <c>double</c>, <c>bool</c>, null,
    /// lists of these and string-keyed maps; they travel apart from the statement text, never spliced into it.</summary>
    /// <remarks>A statement whose connection dropped before the reply is sent again, so it may run twice: send
    /// idempotent statements (MERGE), as the loader does.</remarks>
    /// <exception cref="Neo4jLoadException">The server reported an error, or none came after the retries.</exception>
    Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);
}
