using System.Text.RegularExpressions;
using k8s.Models;

namespace Frivillighed.Deploy.Tests;

// The rules every rendered overlay of deploy/ keeps, checked without a cluster.
public partial class DeploymentRulesTests
{
    public static TheoryData<string> Overlays => new(Rendered.Overlays);

    // The processes of the platform, each a Deployment behind a Service of its name.
    private static readonly string[] Processes = ["identity", "notifications", "associations", "booking", "events", "grants", "portal", "gateway"];

    // Secrets that deploy/ reads and an operator (a person, or CloudNativePG / the RabbitMQ operator) makes: docs/operations.md lists them.
    private static readonly string[] Secrets =
    [
        "postgres-identity", "postgres-notifications", "postgres-associations", "postgres-booking", "postgres-events",
        "postgres-grants", "postgres-portal", "postgres-gateway", "platform-rabbitmq-default-user", "identity-certificates",
        "frontend-secret", "smtp", "gateway-tls",
    ];

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryProcess_IsADeploymentWithAServiceOfItsName(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        Assert.Equal(Processes.Order(), rendered.All<V1Deployment>().Select(d => d.Metadata.Name).Order());
        foreach (var deployment in rendered.All<V1Deployment>())
        {
            var service = Assert.Single(rendered.All<V1Service>(), s => s.Metadata.Name == deployment.Metadata.Name);
            Assert.Equal(deployment.Spec.Template.Metadata.Labels["app.kubernetes.io/name"], service.Spec.Selector["app.kubernetes.io/name"]);
            Assert.True(service.Spec.Type is null or "ClusterIP", $"{service.Metadata.Name} is reachable only inside the cluster");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryContainer_HasProbesResourcesAndAPinnedImage(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        foreach (var deployment in rendered.All<V1Deployment>())
        {
            foreach (var container in deployment.Spec.Template.Spec.Containers)
            {
                var where = $"{overlay}: {deployment.Metadata.Name}/{container.Name}";
                Assert.True(container.ReadinessProbe?.HttpGet?.Path is "/health" or "/alive", $"{where} has no readiness probe on /health or /alive");
                Assert.True(container.LivenessProbe?.HttpGet?.Path == "/alive", $"{where} has no liveness probe on /alive");
            }
        }

        foreach (var (owner, container, _) in rendered.Containers())
        {
            var where = $"{overlay}: {owner}/{container.Name}";
            Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true && container.Resources.Requests.ContainsKey("memory"), $"{where} requests no cpu and memory");
            Assert.True(container.Resources.Limits?.ContainsKey("memory") == true, $"{where} has no memory limit");
            Assert.Matches(PinnedImage(), container.Image);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryDeploymentWithMoreThanOneReplica_HasADisruptionBudget(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        foreach (var deployment in rendered.All<V1Deployment>().Where(d => d.Spec.Replicas > 1))
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var budget = Assert.Single(rendered.All<V1PodDisruptionBudget>(),
                b => b.Spec.Selector.MatchLabels.All(l => labels.TryGetValue(l.Key, out var value) && value == l.Value));
            Assert.True(budget.Spec.MinAvailable?.Value is { } min && int.Parse(min) < deployment.Spec.Replicas,
                $"{overlay}: {deployment.Metadata.Name}'s budget must let a node drain (minAvailable below {deployment.Spec.Replicas})");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void NoSecretValue_IsWrittenDown(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        Assert.Empty(rendered.All<V1Secret>());
        foreach (var (owner, container, _) in rendered.Containers())
        {
            foreach (var (name, value) in rendered.Environment(container).Where(v => v.Value is not null))
            {
                Assert.False(SecretName().IsMatch(name), $"{overlay}: {owner} sets {name} to a literal value; it must come from a Secret");
                Assert.False(LiteralPassword().IsMatch(value!), $"{overlay}: {owner}'s {name} holds a literal password");
            }
        }

        var referenced = rendered.Containers()
            .SelectMany(c => (c.Container.Env ?? []).Select(e => e.ValueFrom?.SecretKeyRef?.Name)
                .Concat(c.Pod.Volumes?.Select(v => v.Secret?.SecretName) ?? []))
            .Concat(rendered.All<CnpgCluster>().SelectMany(c => c.Spec.Managed?.Roles.Select(r => r.PasswordSecret?.Name) ?? []))
            .Concat(rendered.All<V1Ingress>().SelectMany(i => i.Spec.Tls?.Select(t => t.SecretName) ?? []))
            .OfType<string>().Distinct();
        Assert.Equal(Secrets.Order(), referenced.Order());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryDatabase_HasOneMigrationJob_AndTheServicesDoNotMigrateAtStart(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);
        // The gateway's rate-limit table is an UNLOGGED scratch table that the gateway makes itself.
        var migrated = rendered.All<CnpgDatabase>().Select(d => d.Spec.Name).Where(name => name != "gatewaydb").Order().ToList();

        var jobs = rendered.All<V1Job>().Select(job => (Job: job, Container: Assert.Single(job.Spec.Template.Spec.Containers))).ToList();
        Assert.All(jobs, j => Assert.Equal(["--Platform:Migrations=Only"], j.Container.Args));
        var jobDatabases = jobs.SelectMany(j => rendered.Environment(j.Container).Keys)
            .Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && k.EndsWith("db", StringComparison.Ordinal))
            .Select(k => k["ConnectionStrings__".Length..]).Order().ToList();
        Assert.Equal(migrated, jobDatabases);

        foreach (var (job, container) in jobs)
        {
            var deployment = Assert.Single(rendered.All<V1Deployment>(), d => d.Spec.Template.Spec.Containers[0].Image == container.Image);
            Assert.Equal(job.Metadata.Name, $"{deployment.Metadata.Name}-migrate");
        }

        foreach (var deployment in rendered.All<V1Deployment>())
        {
            Assert.Equal("Skip", rendered.Environment(deployment.Spec.Template.Spec.Containers[0])["Platform__Migrations"]);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OnlyTheGateway_IsReachableFromOutside(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        var ingress = Assert.Single(rendered.All<V1Ingress>());
        var backends = ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service.Name).Distinct();
        Assert.Equal(["gateway"], backends);
        var host = Assert.Single(ingress.Spec.Rules).Host;
        var config = Assert.Single(rendered.All<V1ConfigMap>(), m => m.Metadata.Name == "platform-config").Data;
        // Tokens, mails and the portal's sign-in all name the address people use.
        Assert.Equal($"https://{host}", config["Identity__Issuer"]);
        Assert.Equal($"https://{host}", config["Notifications__PortalUrl"]);
        Assert.Equal($"https://{host}/signin-oidc", config["Identity__WebRedirectUris__0"]);
        Assert.Equal(host, Assert.Single(Assert.Single(ingress.Spec.Tls).Hosts));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void ThePlatformsServers_AreReplicated(string overlay)
    {
        var rendered = Rendered.Overlay(overlay);

        Assert.True(Assert.Single(rendered.All<CnpgCluster>()).Spec.Instances >= 2, "PostgreSQL needs a standby to fail over to");
        Assert.Equal(3, Assert.Single(rendered.All<RabbitmqCluster>()).Spec.Replicas);
        var config = Assert.Single(rendered.All<V1ConfigMap>(), m => m.Metadata.Name == "platform-config").Data;
        Assert.Equal("true", config["Messaging__QuorumQueues"]);
        Assert.Equal("platform-postgres-rw", config["PG_DIRECT_HOST"]);
        Assert.All(rendered.All<CnpgPooler>(), pooler => Assert.Equal(config["PG_POOLED_HOST"], pooler.Metadata.Name));
    }

    [Fact]
    public void TheSharedOperator_RunsThreeOfEverything()
    {
        var rendered = Rendered.Overlay("shared-operator");

        Assert.All(rendered.All<V1Deployment>(), d => Assert.Equal(3, d.Spec.Replicas));
        Assert.Equal(3, Assert.Single(rendered.All<CnpgCluster>()).Spec.Instances);
        Assert.Equal("transaction", Assert.Single(rendered.All<CnpgPooler>()).Spec.Pgbouncer.PoolMode);
    }

    [GeneratedRegex(@"^[a-z0-9.\-]+(:[0-9]+)?/[a-z0-9/._\-]+:(?!latest$)[A-Za-z0-9._\-]+$")]
    private static partial Regex PinnedImage();

    [GeneratedRegex("(?i)(password|secret|token|apikey)")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?i)(password=(?!\$\()[^;]+|amqp://[^:@/]+:(?!\$\()[^@]+@)")]
    private static partial Regex LiteralPassword();
}
