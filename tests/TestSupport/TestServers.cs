namespace Frivillighed.TestSupport;

// The real PostgreSQL and RabbitMQ that `./platform test` starts for the run.
public static class TestServers
{
    public static string Postgres => Require("FRIVILLIGHED_TEST_POSTGRES");

    public static string RabbitMq => Require("FRIVILLIGHED_TEST_RABBITMQ");

    private static string Require(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException(
            $"{name} is not set. Run the tests with ./platform test, which starts PostgreSQL and RabbitMQ for them.");
}
