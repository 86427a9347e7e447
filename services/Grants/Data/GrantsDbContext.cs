using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options) : DbContext(options)
{
    public DbSet<GrantPool> Pools => Set<GrantPool>();
    public DbSet<ApplicationRound> Rounds => Set<ApplicationRound>();
    public DbSet<GrantApplication> Applications => Set<GrantApplication>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Payout> Payouts => Set<Payout>();
    public DbSet<UseReport> UseReports => Set<UseReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GrantPool>(pool =>
        {
            pool.ToTable("grant_pools", t =>
            {
                t.HasCheckConstraint("ck_grant_pools_budget", "budget >= 0");
                t.HasCheckConstraint("ck_grant_pools_committed", "committed >= 0 AND committed <= budget");
                t.HasCheckConstraint("ck_grant_pools_paid", "paid >= 0 AND paid <= committed");
            });
            pool.HasKey(p => p.Id);
            pool.Property(p => p.Name).HasMaxLength(200);
            pool.Property(p => p.Purpose).HasMaxLength(2000);
            pool.Property(p => p.LegalBasis).HasMaxLength(200);
            pool.Property(p => p.Budget).HasPrecision(14, 2);
            pool.Property(p => p.Committed).HasPrecision(14, 2);
            pool.Property(p => p.Paid).HasPrecision(14, 2);
            pool.Property(p => p.MaxPerApplication).HasPrecision(14, 2);
            pool.Property(p => p.StaffDecisionLimit).HasPrecision(14, 2);
            pool.Property(p => p.Eligibility).HasConversion<string>().HasMaxLength(30);
            pool.OwnsMany(p => p.Criteria, c => c.ToJson());
            pool.Ignore(p => p.Remaining);
        });

        modelBuilder.Entity<ApplicationRound>(round =>
        {
            round.HasKey(r => r.Id);
            round.HasOne<GrantPool>().WithMany().HasForeignKey(r => r.PoolId).OnDelete(DeleteBehavior.Restrict);
            round.Property(r => r.Name).HasMaxLength(200);
            round.Ignore(r => r.ClosesAt);
        });

        modelBuilder.Entity<GrantApplication>(application =>
        {
            application.ToTable("grant_applications");
            application.HasKey(a => a.Id);
            application.HasOne<GrantPool>().WithMany().HasForeignKey(a => a.PoolId).OnDelete(DeleteBehavior.Restrict);
            application.HasOne<ApplicationRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Title).HasMaxLength(200);
            application.Property(a => a.Description).HasMaxLength(10000);
            application.Property(a => a.RequestedAmount).HasPrecision(14, 2);
            application.Property(a => a.CoFinancing).HasPrecision(14, 2);
            application.Property(a => a.TargetGroup).HasMaxLength(500);
            application.Property(a => a.Flag).HasMaxLength(500);
            application.Property(a => a.DecisionReason).HasMaxLength(2000);
            application.Property(a => a.Version).IsRowVersion();
            application.OwnsMany(a => a.BudgetLines, l => l.ToJson());
            application.OwnsMany(a => a.Answers, l => l.ToJson());
            application.HasIndex(a => new { a.PoolId, a.RoundId });
            application.HasIndex(a => a.AssociationId);
        });

        modelBuilder.Entity<Assessment>(assessment =>
        {
            assessment.HasKey(a => a.Id);
            assessment.HasOne<GrantApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            assessment.HasIndex(a => new { a.ApplicationId, a.AssessorId }).IsUnique();
            assessment.Property(a => a.AssessorName).HasMaxLength(200);
            assessment.OwnsMany(a => a.Scores, s => s.ToJson());
        });

        modelBuilder.Entity<Award>(award =>
        {
            award.ToTable("awards", t =>
            {
                t.HasCheckConstraint("ck_awards_amount", "amount > 0");
                t.HasCheckConstraint("ck_awards_paid", "paid >= 0 AND paid <= amount");
            });
            award.HasKey(a => a.Id);
            award.HasOne<GrantApplication>().WithOne().HasForeignKey<Award>(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            award.Property(a => a.Amount).HasPrecision(14, 2);
            award.Property(a => a.Paid).HasPrecision(14, 2);
            award.Property(a => a.Conditions).HasMaxLength(2000);
            award.Property(a => a.Reason).HasMaxLength(2000);
            award.Property(a => a.DecidedByName).HasMaxLength(200);
            award.Property(a => a.CommitteeReference).HasMaxLength(200);
            award.Property(a => a.QuotaFacilityKind).HasMaxLength(30);
            award.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            award.Property(a => a.WithdrawalReason).HasMaxLength(2000);
            award.HasIndex(a => a.PoolId);
            award.HasIndex(a => a.AssociationId);
        });

        modelBuilder.Entity<Payout>(payout =>
        {
            payout.ToTable(t => t.HasCheckConstraint("ck_payouts_amount", "amount > 0"));
            payout.HasKey(p => p.Id);
            payout.HasOne<Award>().WithMany().HasForeignKey(p => p.AwardId).OnDelete(DeleteBehavior.Restrict);
            payout.Property(p => p.Amount).HasPrecision(14, 2);
            payout.Property(p => p.Reference).HasMaxLength(200);
        });

        modelBuilder.Entity<UseReport>(report =>
        {
            report.HasKey(r => r.Id);
            report.HasOne<Award>().WithOne().HasForeignKey<UseReport>(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
            report.Property(r => r.Spent).HasPrecision(14, 2);
            report.Property(r => r.RepaymentClaim).HasPrecision(14, 2);
            report.Property(r => r.Results).HasMaxLength(10000);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorName).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(500);
            entry.Property(e => e.Reason).HasMaxLength(2000);
            entry.HasIndex(e => e.ApplicationId);
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
