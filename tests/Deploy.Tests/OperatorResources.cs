using k8s;
using k8s.Models;

namespace Frivillighed.Deploy.Tests;

// Small types for the operators' resources that deploy/ uses, with only the fields it may use: loaded strictly,
// a misspelt or unexpected field fails. They follow CloudNativePG's postgresql.cnpg.io/v1 and the RabbitMQ
// Cluster Operator's rabbitmq.com/v1beta1 APIs.
public abstract class OperatorResource<TSpec> : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public V1ObjectMeta Metadata { get; set; } = new();
    public TSpec Spec { get; set; } = default!;
}

public sealed class CnpgCluster : OperatorResource<CnpgCluster.ClusterSpec>
{
    public sealed class ClusterSpec
    {
        public int Instances { get; set; }
        public string? ImageName { get; set; }
        public string? PrimaryUpdateStrategy { get; set; }
        public StorageSpec Storage { get; set; } = new();
        public V1ResourceRequirements? Resources { get; set; }
        public PostgresSpec? Postgresql { get; set; }
        public ManagedSpec? Managed { get; set; }
    }

    public sealed class StorageSpec
    {
        public string Size { get; set; } = "";
        public string? StorageClass { get; set; }
    }

    public sealed class PostgresSpec
    {
        public Dictionary<string, string> Parameters { get; set; } = [];
    }

    public sealed class ManagedSpec
    {
        public List<Role> Roles { get; set; } = [];
    }

    public sealed class Role
    {
        public string Name { get; set; } = "";
        public string? Ensure { get; set; }
        public bool Login { get; set; }
        public SecretName? PasswordSecret { get; set; }
    }
}

public sealed class SecretName
{
    public string Name { get; set; } = "";
}

public sealed class CnpgDatabase : OperatorResource<CnpgDatabase.DatabaseSpec>
{
    public sealed class DatabaseSpec
    {
        public string Name { get; set; } = "";
        public string Owner { get; set; } = "";
        public SecretName Cluster { get; set; } = new();
    }
}

public sealed class CnpgPooler : OperatorResource<CnpgPooler.PoolerSpec>
{
    public sealed class PoolerSpec
    {
        public SecretName Cluster { get; set; } = new();
        public int Instances { get; set; }
        public string Type { get; set; } = "";
        public PgBouncerSpec Pgbouncer { get; set; } = new(); // CloudNativePG spells it "pgbouncer"
    }

    public sealed class PgBouncerSpec
    {
        public string PoolMode { get; set; } = "";
        public Dictionary<string, string> Parameters { get; set; } = [];
    }
}

public sealed class RabbitmqCluster : OperatorResource<RabbitmqCluster.RabbitSpec>
{
    public sealed class RabbitSpec
    {
        public int Replicas { get; set; }
        public string? Image { get; set; }
        public V1ResourceRequirements? Resources { get; set; }
        public PersistenceSpec? Persistence { get; set; }
        public RabbitConfig? Rabbitmq { get; set; }
    }

    public sealed class PersistenceSpec
    {
        public string Storage { get; set; } = "";
        public string? StorageClassName { get; set; }
    }

    public sealed class RabbitConfig
    {
        public string? AdditionalConfig { get; set; }
    }
}
