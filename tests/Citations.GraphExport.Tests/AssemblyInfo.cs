// The slow checks (Neo4j's Cypher parser, networkx) run in other processes; let them overlap.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel)]
