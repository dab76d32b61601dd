import { Flex, Spin } from 'antd';

export function PageLoader() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 320, width: '100%' }}>
      <Spin size="large" />
    </Flex>
  );
}
