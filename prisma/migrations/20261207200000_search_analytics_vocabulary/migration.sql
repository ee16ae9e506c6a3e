-- CreateEnum
CREATE TYPE "VocabularyTermKind" AS ENUM ('capability', 'material', 'certification');

-- CreateTable
CREATE TABLE "SearchLog" (
    "id" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "understood" JSONB NOT NULL,
    "unreadWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "resultCount" INTEGER NOT NULL,
    "page" INTEGER NOT NULL DEFAULT 1,
    "resultIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "resultOffset" INTEGER NOT NULL DEFAULT 0,
    "clickedCompanyId" TEXT,
    "clickedPosition" INTEGER,
    "clickedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VocabularyTerm" (
    "id" TEXT NOT NULL,
    "kind" "VocabularyTermKind" NOT NULL,
    "code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedById" TEXT,

    CONSTRAINT "VocabularyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchLog_createdAt_idx" ON "SearchLog"("createdAt");

-- CreateIndex
CREATE INDEX "VocabularyTerm_kind_code_idx" ON "VocabularyTerm"("kind", "code");

-- CreateIndex
CREATE INDEX "VocabularyTerm_removedAt_idx" ON "VocabularyTerm"("removedAt");

-- CreateIndex
CREATE INDEX "VocabularyTerm_createdById_idx" ON "VocabularyTerm"("createdById");

-- CreateIndex
CREATE INDEX "VocabularyTerm_removedById_idx" ON "VocabularyTerm"("removedById");

-- AddForeignKey
ALTER TABLE "VocabularyTerm" ADD CONSTRAINT "VocabularyTerm_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VocabularyTerm" ADD CONSTRAINT "VocabularyTerm_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
