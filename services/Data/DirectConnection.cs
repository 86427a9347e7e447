namespace Frivillighed.Data;

// The service database's direct (session) connection string, for what needs a session of its own: the outbox
// relay's LISTEN, periodic jobs' advisory locks, migrations under their advisory lock. Behind PgBouncer in
// transaction mode those break silently (a LISTEN or a session lock lands on a server connection that the next
// transaction no longer has), so ConnectionStrings:{name}-direct names the primary itself, while
// ConnectionStrings:{name} may go through the pooler for queries. Without it both are the same.
public sealed record DirectConnection(string ConnectionString);
