import { z } from 'zod';
import {
  SessionResponseSchema,
  UserSchema,
  type LoginBody,
  type RegisterBody,
} from '../../../contracts/auth';
import { OkSchema, type Locale } from '../../../contracts/common';
import { apiClient } from '../../lib/api';

const UserResponse = z.object({ user: UserSchema });

export const authApi = {
  register: (body: RegisterBody) => apiClient.post('/auth/register', UserResponse, body),
  verifyEmail: (token: string) => apiClient.post('/auth/verify', UserResponse, { token }),
  resendVerification: (email: string) => apiClient.post('/auth/verify/resend', OkSchema, { email }),
  login: (body: LoginBody) => apiClient.post('/auth/login', SessionResponseSchema, body),
  logout: () => apiClient.post('/auth/logout', OkSchema),
  forgotPassword: (email: string) => apiClient.post('/auth/password/forgot', OkSchema, { email }),
  resetPassword: (token: string, password: string) =>
    apiClient.post('/auth/password/reset', OkSchema, { token, password }),
  updateMe: (body: { displayName?: string; locale?: Locale }) => apiClient.patch('/me', UserResponse, body),
};
