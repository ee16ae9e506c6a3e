-- CreateEnum
CREATE TYPE "CompanyStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'SUSPENDED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "OpportunityType" AS ENUM ('SUPPLY_REQUEST', 'SUPPLY_OFFER', 'MARKET_REQUEST', 'MARKET_OFFER', 'RND_REQUEST', 'RND_OFFER');

-- CreateEnum
CREATE TYPE "OpportunityStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CooperationType" AS ENUM ('subcontracting', 'manufacturing_agreement', 'distribution', 'joint_venture', 'research_cooperation', 'technical_cooperation', 'licence');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('MEMBER', 'CLUSTER_MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'EDITOR');

-- CreateEnum
CREATE TYPE "OutboxOperation" AS ENUM ('UPSERT', 'DELETE');

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "slug" TEXT NOT NULL,
    "nameLocal" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "cityLatin" TEXT NOT NULL,
    "website" TEXT,
    "managedByLocal" TEXT NOT NULL,
    "managedByEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapabilityTerm" (
    "code" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "parentCode" TEXT,
    "labels" JSONB NOT NULL,
    "synonyms" JSONB NOT NULL,
    "isGroup" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CapabilityTerm_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Material" (
    "code" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "synonyms" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Certification" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLatin" TEXT NOT NULL,
    "legalForm" TEXT NOT NULL,
    "registryId" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" TEXT,
    "city" TEXT NOT NULL,
    "cityLatin" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "foundedYear" INTEGER,
    "employees" INTEGER,
    "size" "CompanySize",
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "machines" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "naceCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "exportMarkets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" JSONB NOT NULL,
    "seeks" JSONB NOT NULL DEFAULT '[]',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "status" "CompanyStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyCapability" (
    "companyId" TEXT NOT NULL,
    "capabilityCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CompanyCapability_pkey" PRIMARY KEY ("companyId","capabilityCode")
);

-- CreateTable
CREATE TABLE "CompanyCertification" (
    "companyId" TEXT NOT NULL,
    "certificationCode" TEXT NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "CompanyCertification_pkey" PRIMARY KEY ("companyId","certificationCode")
);

-- CreateTable
CREATE TABLE "CompanyMaterial" (
    "companyId" TEXT NOT NULL,
    "materialCode" TEXT NOT NULL,

    CONSTRAINT "CompanyMaterial_pkey" PRIMARY KEY ("companyId","materialCode")
);

-- CreateTable
CREATE TABLE "CompanyCluster" (
    "companyId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyCluster_pkey" PRIMARY KEY ("companyId","clusterId")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "companyId" TEXT NOT NULL,
    "type" "OpportunityType" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "targetCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cooperationTypes" "CooperationType"[] DEFAULT ARRAY[]::"CooperationType"[],
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "deadline" DATE NOT NULL,
    "status" "OpportunityStatus" NOT NULL DEFAULT 'DRAFT',
    "rejectionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityCapability" (
    "opportunityId" TEXT NOT NULL,
    "capabilityCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OpportunityCapability_pkey" PRIMARY KEY ("opportunityId","capabilityCode")
);

-- CreateTable
CREATE TABLE "OpportunityCertification" (
    "opportunityId" TEXT NOT NULL,
    "certificationCode" TEXT NOT NULL,

    CONSTRAINT "OpportunityCertification_pkey" PRIMARY KEY ("opportunityId","certificationCode")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'bg',
    "role" "UserRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'EDITOR',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterManager" (
    "userId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterManager_pkey" PRIMARY KEY ("userId","clusterId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" BIGSERIAL NOT NULL,
    "aggregateType" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "operation" "OutboxOperation" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_externalId_key" ON "Cluster"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_slug_key" ON "Cluster"("slug");

-- CreateIndex
CREATE INDEX "CapabilityTerm_parentCode_idx" ON "CapabilityTerm"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "Company_externalId_key" ON "Company"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Company_registryId_key" ON "Company"("registryId");

-- CreateIndex
CREATE INDEX "Company_country_status_idx" ON "Company"("country", "status");

-- CreateIndex
CREATE INDEX "Company_status_nameLatin_idx" ON "Company"("status", "nameLatin");

-- CreateIndex
CREATE INDEX "Company_cityLatin_idx" ON "Company"("cityLatin");

-- CreateIndex
CREATE INDEX "CompanyCapability_capabilityCode_idx" ON "CompanyCapability"("capabilityCode");

-- CreateIndex
CREATE INDEX "CompanyCertification_certificationCode_idx" ON "CompanyCertification"("certificationCode");

-- CreateIndex
CREATE INDEX "CompanyMaterial_materialCode_idx" ON "CompanyMaterial"("materialCode");

-- CreateIndex
CREATE INDEX "CompanyCluster_clusterId_idx" ON "CompanyCluster"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_externalId_key" ON "Opportunity"("externalId");

-- CreateIndex
CREATE INDEX "Opportunity_status_deadline_idx" ON "Opportunity"("status", "deadline");

-- CreateIndex
CREATE INDEX "Opportunity_companyId_idx" ON "Opportunity"("companyId");

-- CreateIndex
CREATE INDEX "Opportunity_type_status_idx" ON "Opportunity"("type", "status");

-- CreateIndex
CREATE INDEX "OpportunityCapability_capabilityCode_idx" ON "OpportunityCapability"("capabilityCode");

-- CreateIndex
CREATE INDEX "OpportunityCertification_certificationCode_idx" ON "OpportunityCertification"("certificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_companyId_idx" ON "Membership"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_companyId_key" ON "Membership"("userId", "companyId");

-- CreateIndex
CREATE INDEX "ClusterManager_clusterId_idx" ON "ClusterManager"("clusterId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_idx" ON "AuditLog"("actorUserId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "Outbox_processedAt_availableAt_idx" ON "Outbox"("processedAt", "availableAt");

-- CreateIndex
CREATE INDEX "Outbox_aggregateType_aggregateId_idx" ON "Outbox"("aggregateType", "aggregateId");

-- AddForeignKey
ALTER TABLE "CapabilityTerm" ADD CONSTRAINT "CapabilityTerm_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "CapabilityTerm"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCapability" ADD CONSTRAINT "CompanyCapability_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCapability" ADD CONSTRAINT "CompanyCapability_capabilityCode_fkey" FOREIGN KEY ("capabilityCode") REFERENCES "CapabilityTerm"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCertification" ADD CONSTRAINT "CompanyCertification_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCertification" ADD CONSTRAINT "CompanyCertification_certificationCode_fkey" FOREIGN KEY ("certificationCode") REFERENCES "Certification"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMaterial" ADD CONSTRAINT "CompanyMaterial_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMaterial" ADD CONSTRAINT "CompanyMaterial_materialCode_fkey" FOREIGN KEY ("materialCode") REFERENCES "Material"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCluster" ADD CONSTRAINT "CompanyCluster_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCluster" ADD CONSTRAINT "CompanyCluster_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCapability" ADD CONSTRAINT "OpportunityCapability_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCapability" ADD CONSTRAINT "OpportunityCapability_capabilityCode_fkey" FOREIGN KEY ("capabilityCode") REFERENCES "CapabilityTerm"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCertification" ADD CONSTRAINT "OpportunityCertification_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityCertification" ADD CONSTRAINT "OpportunityCertification_certificationCode_fkey" FOREIGN KEY ("certificationCode") REFERENCES "Certification"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterManager" ADD CONSTRAINT "ClusterManager_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterManager" ADD CONSTRAINT "ClusterManager_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
