-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CompanyRevision" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
