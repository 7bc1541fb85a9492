import { useQuery } from '../../app/api';

/** "Marie Tremblay (MT)" for a user id; the id itself while the list loads or for an unknown id. */
export function useUserNames(): (id: string | null) => string {
  const users = useQuery('users:list', {});
  return (id) => {
    if (!id) return '—';
    const user = users.data?.find((u) => u.id === id);
    return user ? `${user.displayName} (${user.initials})` : id;
  };
}
