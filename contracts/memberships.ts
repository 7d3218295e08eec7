import { z } from 'zod';
import { OrganisationRefSchema } from './organisations';

export const MEMBER_ROLES = ['admin', 'member'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);

export const JoinRequestBodySchema = z.object({ message: z.string().trim().max(1000).optional() });

export const OrganisationMemberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: MemberRoleSchema,
  status: z.enum(['pending', 'active', 'rejected']),
  message: z.string().nullable(),
  createdAt: z.string(),
});
export type OrganisationMember = z.infer<typeof OrganisationMemberSchema>;
export const OrganisationMemberListSchema = z.object({ items: z.array(OrganisationMemberSchema) });

export const DecideMemberBodySchema = z
  .object({ status: z.enum(['active', 'rejected']).optional(), role: MemberRoleSchema.optional() })
  .refine((v) => v.status !== undefined || v.role !== undefined, { message: 'Give a status or a role' });

export const MyMembershipSchema = z.object({
  organisation: OrganisationRefSchema,
  role: MemberRoleSchema,
  status: z.enum(['pending', 'active', 'rejected']),
});
export const MyMembershipListSchema = z.object({ items: z.array(MyMembershipSchema) });

export const ClusterMemberSchema = z.object({
  organisation: OrganisationRefSchema,
  status: z.enum(['pending', 'active']),
  since: z.string().nullable(),
});
export type ClusterMember = z.infer<typeof ClusterMemberSchema>;
export const ClusterMemberListSchema = z.object({ items: z.array(ClusterMemberSchema) });

/** A cluster manager adds an organisation, or an organisation admin asks to join (pending). */
export const AddClusterMemberBodySchema = z.object({
  organisationId: z.uuid(),
  since: z.iso.date().optional(),
});
export const DecideClusterMemberBodySchema = z.object({
  status: z.literal('active'),
  since: z.iso.date().optional(),
});

export const ClusterValidationBodySchema = z.object({
  decision: z.enum(['validated', 'rejected']),
  note: z.string().trim().max(2000).optional(),
});
